import { Descriptions, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/app/i18n/format';
import type { ReviewLineFieldsFragment as Line, ReviewRowFieldsFragment as Review } from '@/graphql/generated/graphql';
import { ReviewScore } from './ReviewTags';

/**
 * A review's scorecard, the working being the point: each indicator's actual, its score on the
 * curve, its weight and contribution with the server's explanation, then the weighted total,
 * HR's calibration and the final score. A table on a wide screen, a list of lines on a phone.
 */
export function ReviewScorecard({ review, lines }: { review: Review; lines: readonly Line[] }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md !== false;

  const columns: TableColumnsType<Line> = [
    { key: 'indicator', title: t('performance.lines.indicator'), width: 180, render: (_, line) => <Typography.Text strong>{line.indicator}</Typography.Text> },
    { key: 'actual', title: t('performance.lines.actual'), align: 'right', width: 120, render: (_, line) => formatDecimal(line.actual, 2) },
    { key: 'score', title: t('performance.lines.score'), align: 'right', width: 90, render: (_, line) => formatDecimal(line.score, 1) },
    { key: 'weight', title: t('performance.lines.weight'), align: 'right', width: 80, render: (_, line) => `${formatDecimal(line.weight, 0)}%` },
    { key: 'contribution', title: t('performance.lines.contribution'), align: 'right', width: 100, render: (_, line) => <Typography.Text strong>{formatDecimal(line.contribution, 2)}</Typography.Text> },
    { key: 'explanation', title: t('performance.lines.explanation'), render: (_, line) => <Typography.Text type="secondary">{line.explanation}</Typography.Text> },
  ];

  const totals = (
    <Descriptions
      size="small"
      column={1}
      bordered
      style={{ marginTop: 12 }}
      items={[
        { key: 'weighted', label: t('performance.review.weighted'), children: review.weighted ? formatDecimal(review.weighted, 2) : t('common.empty') },
        ...(review.calibration
          ? [
              {
                key: 'calibration',
                label: t('performance.review.calibration'),
                children: (
                  <div data-testid="review-calibration">
                    <Typography.Text strong>
                      {Number(review.calibration.applied ?? review.calibration.points) > 0 ? '+' : ''}
                      {formatDecimal(review.calibration.applied ?? review.calibration.points, 2)}
                    </Typography.Text>
                    <div>{review.calibration.reason}</div>
                    {review.calibration.explanation ? <Typography.Text type="secondary">{review.calibration.explanation}</Typography.Text> : null}
                  </div>
                ),
              },
            ]
          : []),
        {
          key: 'score',
          label: t('performance.review.score'),
          children: (
            <Typography.Text strong style={{ fontSize: 16 }}>
              <ReviewScore score={review.score} unscoredReason={review.unscoredReason} waitingFor={review.waitingFor} />
            </Typography.Text>
          ),
        },
      ]}
    />
  );

  return (
    <div data-testid="review-scorecard">
      {lines.length === 0 ? (
        <Typography.Paragraph type="secondary" data-testid="review-unscored-reason">
          {review.unscoredReason ?? t('performance.review.noLines')}
        </Typography.Paragraph>
      ) : wide ? (
        <Table<Line> rowKey="indicator" size="small" columns={columns} dataSource={[...lines]} pagination={false} data-testid="review-lines" rowClassName={() => 'review-line'} />
      ) : (
        <List
          size="small"
          dataSource={[...lines]}
          data-testid="review-lines"
          renderItem={(line) => (
            <List.Item className="review-line" style={{ paddingInline: 0 }}>
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{line.indicator}</Typography.Text>
                  <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
                    {t('performance.lines.contributionShort', { value: formatDecimal(line.contribution, 2) })}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary">
                  {t('performance.lines.summary', { actual: formatDecimal(line.actual, 2), score: formatDecimal(line.score, 1), weight: formatDecimal(line.weight, 0) })}
                </Typography.Text>
                <Typography.Text style={{ overflowWrap: 'anywhere' }}>{line.explanation}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {totals}
    </div>
  );
}
