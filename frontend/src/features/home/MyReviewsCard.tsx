import { TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Flex, Statistic, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/app/i18n/format';
import { closedReviews } from '@/features/performance/MyReviewsPage';
import { MyReviewListQuery } from '@/features/performance/queries';
import { cardState, DashboardCard } from './DashboardCard';

/** An employee's latest closed review: its score, and how many wait for their acknowledgement. */
export function MyReviewsCard({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyReviewListQuery, { variables: { employeeId }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => data?.reviews?.edges.map((edge) => edge.node) ?? [], [data]);
  const { toAcknowledge, others } = useMemo(() => closedReviews(rows), [rows]);
  // Newest cycle first, as listed.
  const latest = rows.find((row) => toAcknowledge.includes(row) || others.includes(row)) ?? null;
  const state = cardState(loading, Boolean(data?.reviews), error, latest === null);

  return (
    <DashboardCard
      cardKey="myReviews"
      title={t('performance.home.title')}
      icon={<TrophyOutlined />}
      to="/me/reviews"
      linkLabel={t('performance.home.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('performance.mine.none')}
      skeletonRows={2}
    >
      {latest ? (
        <Flex vertical gap={12}>
          <Statistic title={latest.cycle.name} value={latest.score ? formatDecimal(latest.score, 2) : t('performance.review.unscored')} data-testid="home-review-score" />
          {toAcknowledge.length ? (
            <Alert type="warning" showIcon message={t('performance.mine.toAcknowledge', { count: toAcknowledge.length })} data-testid="home-review-to-acknowledge" />
          ) : (
            <Typography.Text type="secondary">{t('performance.home.allAcknowledged')}</Typography.Text>
          )}
        </Flex>
      ) : null}
    </DashboardCard>
  );
}
