import { CheckCircleOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Card, Collapse, Empty, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDateTime } from '@/app/i18n/format';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import type { MyReviewListQuery as Data } from '@/graphql/generated/graphql';
import { ReviewAcknowledgeButton } from './ReviewAcknowledgeButton';
import { ReviewScorecard } from './ReviewScorecard';
import { ReviewScore } from './ReviewTags';
import { MyReviewListQuery } from './queries';

type Mine = NonNullable<Data['reviews']>['edges'][number]['node'];

/** One's reviews of closed cycles (newest first), those still to acknowledge first. */
export function closedReviews(rows: readonly Mine[]): { toAcknowledge: Mine[]; others: Mine[] } {
  const closed = rows.filter((row) => row.cycle.status === 'CLOSED');
  const toAcknowledge = closed.filter((row) => !row.acknowledgedAt);
  return { toAcknowledge, others: closed.filter((row) => row.acknowledgedAt) };
}

function MyReviewCard({ review, expanded }: { review: Mine; expanded: boolean }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <Card size="small" data-testid="my-review" data-review-id={review.id} data-acknowledged={String(Boolean(review.acknowledgedAt))}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{review.cycle.name}</Typography.Text>
            <div className="muted">
              {formatDate(review.cycle.periodStart, language)} – {formatDate(review.cycle.periodEnd, language)} · {review.templateName}
            </div>
          </div>
          <Typography.Title level={3} style={{ margin: 0, flex: 'none' }}>
            <ReviewScore score={review.score} unscoredReason={review.unscoredReason} waitingFor={review.waitingFor} />
          </Typography.Title>
        </Flex>
        {review.managerComment ? (
          <Typography.Paragraph style={{ margin: 0 }} data-testid="my-review-comment">
            <Typography.Text type="secondary">{t('performance.rate.comment')}：</Typography.Text>
            {review.managerComment}
          </Typography.Paragraph>
        ) : null}
        {expanded ? (
          <ReviewScorecard review={review} lines={review.lines} />
        ) : (
          <Collapse
            size="small"
            ghost
            items={[{ key: 'lines', label: t('performance.review.scorecard'), children: <ReviewScorecard review={review} lines={review.lines} /> }]}
          />
        )}
        {review.acknowledgedAt ? (
          <Tag icon={<CheckCircleOutlined />} color="green" bordered={false} data-testid="review-acknowledged" style={{ alignSelf: 'flex-start' }}>
            {t('performance.mine.acknowledgedAt', { at: formatDateTime(review.acknowledgedAt, language) })}
          </Tag>
        ) : (
          <ReviewAcknowledgeButton reviewId={review.id} block />
        )}
      </Flex>
    </Card>
  );
}

/** `/me/reviews`: "My KPI scores" — one's reviews of closed cycles with their scorecards; made for a phone. */
export default function MyReviewsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const employeeId = viewer.employee?.id ?? null;
  const { data, loading, error, refetch } = useQuery(MyReviewListQuery, {
    variables: { employeeId: employeeId ?? '' },
    skip: !employeeId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(() => data?.reviews?.edges.map((edge) => edge.node) ?? [], [data]);
  const { toAcknowledge, others } = useMemo(() => closedReviews(rows), [rows]);

  if (!employeeId) return <Result status="info" title={t('performance.mine.noRecord')} />;
  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('performance.mine.title')} subTitle={t('performance.mine.subtitle')} testId="my-reviews-page">
      {!data && loading ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 820 }}>
          {toAcknowledge.length ? (
            <Alert type="warning" showIcon message={t('performance.mine.toAcknowledge', { count: toAcknowledge.length })} data-testid="my-reviews-to-acknowledge" />
          ) : null}
          {toAcknowledge.map((review) => (
            <MyReviewCard key={review.id} review={review} expanded />
          ))}
          {others.length ? (
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              <Space>
                <TrophyOutlined />
                {t('performance.mine.history')}
              </Space>
            </Typography.Title>
          ) : null}
          {/* The newest review stays open once acknowledged; older ones fold their scorecards away. */}
          {others.map((review, index) => (
            <MyReviewCard key={review.id} review={review} expanded={toAcknowledge.length === 0 && index === 0} />
          ))}
          {toAcknowledge.length + others.length === 0 ? <Empty description={t('performance.mine.none')} data-testid="my-reviews-empty" /> : null}
        </Space>
      )}
    </PageContainer>
  );
}
