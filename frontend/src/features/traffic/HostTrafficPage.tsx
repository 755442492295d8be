import { ArrowLeftOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Result, Skeleton, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { EmployeeStatusTag } from '@/features/employees/EmployeeStatusTag';
import { HostPlatformAccounts } from './HostPlatformAccounts';
import { CHART_METRICS } from './seriesData';
import { HostTrafficSummaryQuery, TrafficSeriesChartQuery } from './queries';
import { TrafficChartsPanel } from './TrafficChartsPanel';
import { trafficProblem } from './trafficErrors';
import { TrafficPeriodControls } from './TrafficPeriodControls';
import { periodQuery } from './trafficState';
import { TrafficSummaryCards } from './TrafficSummaryCards';
import { useTrafficState } from './useTrafficState';

/** `/traffic/hosts/:id`: one host's totals and series over the period in the URL. */
export default function HostTrafficPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const { state, range, today, change } = useTrafficState();

  const host = useQuery(HostTrafficSummaryQuery, { variables: { id, period: { from: range.from, to: range.to } } });
  // While another period loads, the header stays (same host) and the cards wait for their own numbers.
  const current = host.data?.employee;
  const previous = host.previousData?.employee;
  const employee = current ?? (previous?.id === id ? previous : undefined);
  const series = useQuery(TrafficSeriesChartQuery, {
    variables: { subject: { hostId: id }, from: range.from, to: range.to, metrics: CHART_METRICS, bucket: state.bucket },
    skip: employee?.isHost === false,
  });

  const period = periodQuery(state.period);
  const back = (
    <Link to={`/traffic${period}`}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('traffic.host.back')}
      </Button>
    </Link>
  );

  if (!employee) {
    if (host.loading) return <Card><Skeleton active avatar paragraph={{ rows: 10 }} /></Card>;
    if (host.error?.networkError) return <LoadErrorPage message={host.error.message} onRetry={() => void host.refetch()} />;
    return <Result status="404" title={t('traffic.errors.hostNotFound')} extra={back} data-testid="traffic-host-not-found" />;
  }
  if (!employee.isHost) {
    return (
      <Result
        status="info"
        title={t('traffic.host.notHost', { name: employee.name })}
        extra={
          <Space>
            {back}
            <Link to={`/employees/${encodeURIComponent(employee.id)}`}>
              <Button icon={<IdcardOutlined />}>{t('traffic.host.employeeRecord')}</Button>
            </Link>
          </Space>
        }
      />
    );
  }

  // A team's traffic page is open to those who see everyone and to its lead.
  const team = employee.team;
  const canOpenTeam = team && (viewer.rowScope === 'all' || (team.lead?.id !== undefined && team.lead.id === viewer.employee?.id));
  const seriesProblem = trafficProblem(series.error);

  return (
    <PageContainer
      title={
        <Space>
          <span data-testid="host-traffic-name">{employee.name}</span>
          <Tag color="magenta" bordered={false}>
            {t('employees.hostBadge')}
          </Tag>
          <EmployeeStatusTag status={employee.status} />
        </Space>
      }
      subTitle={[employee.employeeNo, employee.department?.name, team?.name].filter(Boolean).join(' · ')}
      extra={
        <Space wrap>
          {/* An employee's /traffic is their own page (landing.ts): no way "back" to it. */}
          {viewer.rowScope === 'self' ? null : back}
          {canOpenTeam ? (
            <Link to={`/traffic/teams/${encodeURIComponent(team.id)}${period}`} data-testid="host-team-traffic">
              <Button icon={<TeamOutlined />}>{t('traffic.host.teamTraffic', { team: team.name })}</Button>
            </Link>
          ) : null}
          {can(Permission.employeesRead) ? (
            <Link to={`/employees/${encodeURIComponent(employee.id)}`}>
              <Button icon={<IdcardOutlined />}>{t('traffic.host.employeeRecord')}</Button>
            </Link>
          ) : null}
        </Space>
      }
      testId="host-traffic-page"
    >
      <Space direction="vertical" size={24} style={{ width: '100%' }}>
        <Card size="small">
          <TrafficPeriodControls state={state} range={range} today={today} onChange={change} />
        </Card>
        <PartialDataAlert error={current && !current.trafficSummary ? host.error : undefined} />
        <TrafficSummaryCards summary={current?.trafficSummary} loading={host.loading && !current} />
        {seriesProblem?.kind === 'notFound' ? (
          <Result status="404" title={t('traffic.errors.hostNotFound')} />
        ) : (
          <TrafficChartsPanel
            series={series.data?.trafficSeries}
            loading={series.loading}
            error={series.error}
            onRetry={() => void series.refetch()}
            onViewByDay={() => change({ bucket: 'DAY' })}
          />
        )}
        <HostPlatformAccounts hostId={employee.id} hostName={employee.name} />
      </Space>
    </PageContainer>
  );
}
