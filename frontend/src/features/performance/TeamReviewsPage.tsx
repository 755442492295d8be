import { useQuery } from '@apollo/client';
import { Alert, Card, Empty, Select, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import { ReviewCycleReviews } from './ReviewCycleReviews';
import { ReviewCycleStatusTag } from './ReviewTags';
import { ReviewCycleListQuery } from './queries';

/**
 * `/performance/team` (`?cycle=<id>`): a rater's reviews of an open cycle (a lead: their teams'),
 * to rate 1-5 in halves with a comment. Scores, never pay.
 */
export default function TeamReviewsPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(ReviewCycleListQuery, { variables: { first: 100, after: null }, fetchPolicy: 'cache-and-network' });
  const open = useMemo(() => (data?.reviewCycles?.edges ?? []).map((edge) => edge.node).filter((cycle) => cycle.status === 'OPEN'), [data]);
  const cycle = open.find((item) => item.id === params.get('cycle')) ?? open[0] ?? null;

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('performance.team.title')}
      subTitle={t('performance.team.subtitle')}
      testId="team-reviews-page"
      extra={
        open.length > 1 && cycle ? (
          <Select
            value={cycle.id}
            style={{ minWidth: 260 }}
            options={open.map((item) => ({ value: item.id, label: item.name }))}
            onChange={(value: string) => setParams(new URLSearchParams({ cycle: value }))}
            data-testid="team-reviews-cycle"
          />
        ) : null
      }
    >
      {!data && loading ? (
        <Card loading />
      ) : cycle ? (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          <Alert
            type="info"
            showIcon
            data-testid="team-reviews-cycle-name"
            message={
              <Space wrap>
                <Typography.Text strong>{cycle.name}</Typography.Text>
                <ReviewCycleStatusTag status={cycle.status} />
                <Typography.Text type="secondary">
                  {formatDate(cycle.periodStart, language)} – {formatDate(cycle.periodEnd, language)}
                </Typography.Text>
              </Space>
            }
            description={t('performance.team.hint')}
          />
          <ReviewCycleReviews key={cycle.id} cycleId={cycle.id} />
        </Space>
      ) : (
        <Card>
          <Empty description={t('performance.team.noOpenCycle')} data-testid="team-reviews-empty" />
        </Card>
      )}
    </PageContainer>
  );
}
