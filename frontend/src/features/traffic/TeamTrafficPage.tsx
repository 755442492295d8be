import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import { CHART_METRICS } from './seriesData';
import { TeamTrafficDetailsQuery, TeamTrafficSummaryQuery, TrafficSeriesChartQuery } from './queries';
import { TeamHostLeaderboard } from './TeamHostLeaderboard';
import { TrafficChartsPanel } from './TrafficChartsPanel';
import { trafficProblem } from './trafficErrors';
import { TrafficPeriodControls } from './TrafficPeriodControls';
import { periodQuery } from './trafficState';
import { TrafficSummaryCards } from './TrafficSummaryCards';
import { useTrafficState } from './useTrafficState';

/** `/traffic/teams/:id`: a team's series, totals and host leaderboard over the period in the URL. */
export default function TeamTrafficPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { state, range, today, change } = useTrafficState();

  const details = useQuery(TeamTrafficDetailsQuery, { variables: { id } });
  const series = useQuery(TrafficSeriesChartQuery, {
    variables: { subject: { teamId: id }, from: range.from, to: range.to, metrics: CHART_METRICS, bucket: state.bucket },
  });
  const summary = useQuery(TeamTrafficSummaryQuery, { variables: { teamId: id, from: range.from, to: range.to } });

  const team = details.data?.node?.__typename === 'Team' ? details.data.node : null;
  const back = (
    <Link to={`/traffic${periodQuery(state.period)}`}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('traffic.team.back')}
      </Button>
    </Link>
  );

  // The series says whether this viewer may see the team's traffic (a lead sees the teams they lead).
  const hidden = trafficProblem(series.error)?.kind === 'notFound' || trafficProblem(details.error)?.kind === 'notFound';
  if (hidden || (!team && !details.loading && !details.error)) {
    return <Result status="404" title={t('traffic.errors.teamNotFound')} extra={back} data-testid="traffic-team-not-found" />;
  }
  if (!team) {
    if (details.loading) return <Card><Skeleton active paragraph={{ rows: 10 }} /></Card>;
    return <LoadErrorPage message={details.error?.message} onRetry={() => void details.refetch()} />;
  }

  // A team ranking narrowed to this team: its own totals, or none when nobody streamed.
  const totals = summary.data?.trafficLeaderboard.find((row) => row.team?.id === id)?.summary;

  return (
    <PageContainer
      title={<span data-testid="team-traffic-name">{team.name}</span>}
      subTitle={t('traffic.team.subtitle', {
        department: team.department.name,
        lead: team.lead?.name ?? t('common.empty'),
        count: team.headcount,
      })}
      // A lead's /traffic is this very page (landing.ts): no way "back" to it.
      extra={viewer.rowScope === 'team' && team.lead?.id === viewer.employee?.id ? null : back}
      testId="team-traffic-page"
    >
      <Space direction="vertical" size={24} style={{ width: '100%' }}>
        <Card size="small">
          <TrafficPeriodControls state={state} range={range} today={today} onChange={change} />
        </Card>
        {summary.data && !totals ? null : <TrafficSummaryCards summary={totals} loading={summary.loading && !summary.data} />}
        <TrafficChartsPanel
          series={series.data?.trafficSeries}
          loading={series.loading}
          error={series.error}
          onRetry={() => void series.refetch()}
          onViewByDay={() => change({ bucket: 'DAY' })}
        />
        <TeamHostLeaderboard teamId={id} range={range} period={state.period} metric={state.metric} onMetricChange={(metric) => change({ metric })} />
      </Space>
    </PageContainer>
  );
}
