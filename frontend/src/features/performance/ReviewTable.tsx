import { CheckCircleOutlined, SlidersOutlined, StarOutlined } from '@ant-design/icons';
import { Button, Rate, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDecimal } from '@/app/i18n/format';
import type { ReviewRowFieldsFragment as Review } from '@/graphql/generated/graphql';
import { ReviewScore } from './ReviewTags';
import { ratingValue } from './reviewLogic';

export function reviewLink(id: string): string {
  return `/performance/reviews/${encodeURIComponent(id)}`;
}

/**
 * Reviews of one cycle: who, the template, the manager's rating, the score (or what it waits
 * for), calibration and acknowledgement, with the actions the viewer may take in the cycle's
 * status (rate while open, calibrate while in calibration). Scores only: no pay.
 */
export function ReviewTable({
  rows,
  loading,
  ready,
  pagination,
  onChange,
  canRate,
  canCalibrate,
  onRate,
  onCalibrate,
}: {
  rows: readonly Review[];
  loading: boolean;
  ready: boolean;
  pagination: TablePaginationConfig | false;
  onChange?: (pagination: TablePaginationConfig) => void;
  canRate: (review: Review) => boolean;
  canCalibrate: (review: Review) => boolean;
  onRate: (review: Review) => void;
  onCalibrate: (review: Review) => void;
}) {
  const { t } = useTranslation();
  const empty = t('common.empty');

  const columns: TableColumnsType<Review> = [
    {
      key: 'employee',
      title: t('performance.columns.employee'),
      render: (_, row) => (
        <span>
          <Link to={reviewLink(row.id)} data-testid="review-link">
            {row.employee?.name ?? t('performance.review.hiddenEmployee')}
          </Link>
          <div className="muted">{[row.employee?.employeeNo, row.employee?.team?.name].filter(Boolean).join(' · ')}</div>
        </span>
      ),
    },
    { key: 'template', title: t('performance.columns.template'), render: (_, row) => row.templateName },
    {
      key: 'rating',
      title: t('performance.columns.rating'),
      width: 170,
      render: (_, row) => {
        const rating = ratingValue(row.managerRating);
        return rating === null ? (
          <Typography.Text type="secondary">{t('performance.review.notRated')}</Typography.Text>
        ) : (
          <Tooltip title={row.managerComment || undefined}>
            <span data-testid="review-rating" data-rating={rating}>
              <Rate disabled allowHalf value={rating} style={{ fontSize: 14 }} />
            </span>
          </Tooltip>
        );
      },
    },
    {
      key: 'score',
      title: t('performance.columns.score'),
      width: 150,
      align: 'right',
      render: (_, row) => <ReviewScore score={row.score} unscoredReason={row.unscoredReason} waitingFor={row.waitingFor} />,
    },
    {
      key: 'calibration',
      title: t('performance.columns.calibration'),
      width: 110,
      align: 'right',
      render: (_, row) =>
        row.calibration ? (
          <Tooltip title={row.calibration.explanation ?? row.calibration.reason}>
            <Tag bordered={false} color={Number(row.calibration.points) >= 0 ? 'green' : 'red'} style={{ marginInlineEnd: 0 }}>
              {Number(row.calibration.points) > 0 ? '+' : ''}
              {formatDecimal(row.calibration.points, 2)}
            </Tag>
          </Tooltip>
        ) : (
          empty
        ),
    },
    {
      key: 'acknowledged',
      title: t('performance.columns.acknowledged'),
      width: 100,
      align: 'center',
      render: (_, row) => (row.acknowledgedAt ? <CheckCircleOutlined style={{ color: '#52c41a' }} aria-label={t('performance.review.acknowledged')} /> : empty),
    },
    {
      key: 'actions',
      title: t('performance.columns.actions'),
      width: 200,
      render: (_, row) => (
        <Space size={4} wrap>
          {canRate(row) ? (
            <Button size="small" icon={<StarOutlined />} onClick={() => onRate(row)} data-testid="review-rate">
              {row.managerRating ? t('performance.rate.change') : t('performance.rate.button')}
            </Button>
          ) : null}
          {canCalibrate(row) ? (
            <Button size="small" icon={<SlidersOutlined />} onClick={() => onCalibrate(row)} data-testid="review-calibrate">
              {t('performance.calibrate.button')}
            </Button>
          ) : null}
          <Link to={reviewLink(row.id)}>
            <Button size="small" type="link">
              {t('performance.review.scorecard')}
            </Button>
          </Link>
        </Space>
      ),
    },
  ];

  return (
    <Table<Review>
      rowKey="id"
      data-testid="review-table"
      data-ready={String(ready)}
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      onChange={onChange ? (p) => onChange(p) : undefined}
      scroll={{ x: 1000 }}
      pagination={pagination}
      onRow={(row) => ({ 'data-review-id': row.id, 'data-employee-id': row.employee?.id ?? '' }) as HTMLAttributes<HTMLElement>}
    />
  );
}
