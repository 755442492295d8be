import { ArrowLeftOutlined, SlidersOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Descriptions, Rate, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import { ReviewAcknowledgeButton } from './ReviewAcknowledgeButton';
import { ReviewCalibrateForm } from './ReviewCalibrateForm';
import { cycleLink } from './ReviewCycleListPage';
import { ReviewRateForm } from './ReviewRateForm';
import { ReviewScorecard } from './ReviewScorecard';
import { ReviewCycleStatusTag } from './ReviewTags';
import { ReviewDetailsQuery } from './queries';
import { ratingValue } from './reviewLogic';

/** `/performance/reviews/:id`: one review's scorecard, line by line, with the actions its cycle's status allows. */
export default function ReviewDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer, can } = useViewer();
  const { message } = App.useApp();
  const [rating, setRating] = useState(false);
  const [calibrating, setCalibrating] = useState(false);
  const { data, loading, error, refetch } = useQuery(ReviewDetailsQuery, { variables: { id } });
  const review = data?.review ?? null;

  if (!data && loading) return <Card loading />;
  if (!review) {
    if (error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadErrorPage message={error?.message} onRetry={() => void refetch()} />;
  }

  const own = Boolean(viewer.employee && review.employee?.id === viewer.employee.id);
  const status = review.cycle.status;
  const canRate = can(Permission.performanceRate) && status === 'OPEN' && !own;
  const canCalibrate = can(Permission.performanceWrite) && status === 'CALIBRATION' && review.weighted !== null;
  const canAcknowledge = own && status === 'CLOSED' && !review.acknowledgedAt;
  const managerRating = ratingValue(review.managerRating);
  const back = own && !can(Permission.performanceWrite) ? '/me/reviews' : can(Permission.performanceWrite) ? cycleLink(review.cycle.id) : '/performance/team';

  return (
    <PageContainer
      title={t('performance.review.title', { name: review.employee?.name ?? t('performance.review.hiddenEmployee') })}
      subTitle={
        <Space size={8} wrap>
          <span>{review.cycle.name}</span>
          <ReviewCycleStatusTag status={status} />
        </Space>
      }
      testId="review-detail-page"
      extra={
        <Space wrap>
          <Link to={back}>
            <Button icon={<ArrowLeftOutlined />}>{t('common.back')}</Button>
          </Link>
          {canRate ? (
            <Button icon={<StarOutlined />} onClick={() => setRating(true)} data-testid="review-rate">
              {review.managerRating ? t('performance.rate.change') : t('performance.rate.button')}
            </Button>
          ) : null}
          {canCalibrate ? (
            <Button icon={<SlidersOutlined />} onClick={() => setCalibrating(true)} data-testid="review-calibrate">
              {t('performance.calibrate.button')}
            </Button>
          ) : null}
          {canAcknowledge ? <ReviewAcknowledgeButton reviewId={review.id} /> : null}
        </Space>
      }
    >
      <PartialDataAlert error={error} />
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            items={[
              {
                key: 'employee',
                label: t('performance.columns.employee'),
                children: review.employee ? (
                  <Link to={`/employees/${encodeURIComponent(review.employee.id)}`}>
                    {review.employee.name} · {review.employee.employeeNo}
                  </Link>
                ) : (
                  t('performance.review.hiddenEmployee')
                ),
              },
              { key: 'team', label: t('performance.review.team'), children: review.employee?.team?.name ?? t('common.empty') },
              { key: 'template', label: t('performance.columns.template'), children: review.templateName },
              {
                key: 'rating',
                label: t('performance.columns.rating'),
                children:
                  managerRating === null ? (
                    t('performance.review.notRated')
                  ) : (
                    <Space size={6}>
                      <Rate disabled allowHalf value={managerRating} style={{ fontSize: 14 }} />
                      <span data-testid="review-detail-rating">{managerRating}</span>
                    </Space>
                  ),
              },
              { key: 'comment', label: t('performance.rate.comment'), children: review.managerComment || t('common.empty') },
              {
                key: 'acknowledged',
                label: t('performance.review.acknowledged'),
                children: review.acknowledgedAt ? (
                  <Tag color="green" bordered={false} data-testid="review-acknowledged">
                    {formatDateTime(review.acknowledgedAt, language)}
                  </Tag>
                ) : (
                  t('common.empty')
                ),
              },
            ]}
          />
        </Card>
        <Card title={t('performance.review.scorecard')}>
          <ReviewScorecard review={review} lines={review.lines} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('performance.review.scorecardHint')}
          </Typography.Paragraph>
        </Card>
      </Space>
      <ReviewRateForm
        review={rating ? review : null}
        onClose={() => setRating(false)}
        onRated={() => {
          setRating(false);
          void message.success(t('performance.rate.saved', { name: review.employee?.name ?? '' }));
        }}
      />
      <ReviewCalibrateForm
        review={calibrating ? review : null}
        onClose={() => setCalibrating(false)}
        onCalibrated={() => {
          setCalibrating(false);
          void message.success(t('performance.calibrate.saved', { name: review.employee?.name ?? '' }));
        }}
      />
    </PageContainer>
  );
}
