import { TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Col, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDecimal } from '@/app/i18n/format';
import { cardState, DashboardCard } from './DashboardCard';
import { last12Months } from './dashboardCards';
import { HomeWorkforceTrendQuery } from './queries';
import { workforceFacts } from './workforce';

// ECharts stays in the lazy charts chunk: it loads only when there is a trend to draw.
const WorkforceTrendChart = lazy(() => import('./WorkforceTrendChart'));

/** Headcount and monthly exits over the last 12 months, with the attrition rate, linking to the employee list. */
export function WorkforceTrendCard({ scope }: { scope: 'all' | 'team' }) {
  const { t } = useTranslation();
  const range = useMemo(() => last12Months(), []);
  const { data, loading, error, refetch } = useQuery(HomeWorkforceTrendQuery, {
    variables: { from: range.from, to: range.to },
    fetchPolicy: 'cache-and-network',
  });
  const trend = data?.workforceTrend;
  const facts = useMemo(() => (trend ? workforceFacts(trend) : null), [trend]);
  const state = cardState(loading, Boolean(trend), error, !facts);
  const empty = t('common.empty');
  const rate = facts?.annualisedAttritionRatePercent;

  return (
    <DashboardCard
      cardKey="workforce"
      title={t(scope === 'team' ? 'home.dashboard.workforce.titleTeam' : 'home.dashboard.workforce.title')}
      icon={<TeamOutlined />}
      to="/employees"
      linkLabel={t('home.dashboard.workforce.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.workforce.empty')}
      emptyAction={<Link to="/employees">{t('home.dashboard.workforce.emptyAction')}</Link>}
      skeletonRows={7}
    >
      {facts && trend ? (
        <>
          <Row gutter={[16, 8]} style={{ marginBottom: 8 }}>
            <Col xs={12} sm={6}>
              <Statistic
                title={t('home.dashboard.workforce.headcount')}
                value={facts.headcount}
                formatter={() => <span data-testid="home-workforce-headcount">{facts.headcount}</span>}
              />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('home.dashboard.workforce.change')} value={facts.change} formatter={() => (facts.change > 0 ? `+${facts.change}` : String(facts.change))} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic title={t('home.dashboard.workforce.hiresExits')} value={`${facts.hires} / ${facts.exits}`} />
            </Col>
            <Col xs={12} sm={6}>
              <Statistic
                title={t('home.dashboard.workforce.annualised')}
                value={rate ?? empty}
                formatter={() => <span data-testid="home-workforce-attrition">{rate ? `${formatDecimal(rate, 1)}%` : empty}</span>}
              />
            </Col>
          </Row>
          <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 6 }} />}>
            <WorkforceTrendChart trend={trend} />
          </Suspense>
        </>
      ) : null}
    </DashboardCard>
  );
}
