import { LineChartOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Avatar, Card, Empty, Flex, Result, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { formatDecimal, formatMoney } from '@/app/i18n/format';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { trafficLanding } from './landing';
import { TeamTrafficOverviewQuery as OverviewQuery } from './queries';
import type { TeamRow } from './teamRows';
import { visibleTeamRows } from './teamRows';
import { TrafficPeriodControls } from './TrafficPeriodControls';
import { periodQuery } from './trafficState';
import { useTrafficState } from './useTrafficState';

/**
 * `/traffic`: the company's teams with their totals for the period for those who see everyone;
 * a lead lands on their team and an employee on their own page (`landing.ts`, by row scope).
 */
export default function TrafficOverviewPage() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const { state, range, today, change } = useTrafficState();
  const { data, loading, error, refetch } = useQuery(OverviewQuery, {
    variables: { from: range.from, to: range.to, withTeams: can(Permission.orgRead) },
  });
  const empty = t('common.empty');
  const period = periodQuery(state.period);

  const rows = useMemo(
    () =>
      data
        ? visibleTeamRows(data.teams?.edges.map((edge) => edge.node) ?? [], data.trafficLeaderboard, {
            everyone: viewer.rowScope === 'all',
            employeeId: viewer.employee?.id ?? null,
          })
        : [],
    [data, viewer],
  );
  const me = data?.viewer?.employee;
  const landing = data
    ? trafficLanding(
        viewer.rowScope,
        me,
        rows.filter((row) => row.lead !== null && row.lead.id === me?.id).map((row) => row.id),
      )
    : null;

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
  if (landing?.kind === 'team') return <Navigate replace to={`/traffic/teams/${encodeURIComponent(landing.teamId)}${period}`} />;
  if (landing?.kind === 'host') return <Navigate replace to={`/traffic/hosts/${encodeURIComponent(landing.hostId)}${period}`} />;
  if (landing?.kind === 'notHost') {
    return (
      <PageContainer title={t('traffic.title')} subTitle={t('traffic.subtitle')} testId="traffic-overview-page">
        <Result status="info" title={t('traffic.overview.notHost')} data-testid="traffic-not-host" />
      </PageContainer>
    );
  }

  const numeric = (value: string | null | undefined) => (value ? Number(value) : -1);
  const columns: TableColumnsType<TeamRow> = [
    {
      key: 'team',
      title: t('traffic.overview.columns.team'),
      render: (_, row) => (
        <Link to={`/traffic/teams/${encodeURIComponent(row.id)}${period}`} data-testid="traffic-team-link">
          {row.name}
        </Link>
      ),
    },
    { key: 'department', title: t('traffic.overview.columns.department'), render: (_, row) => row.department ?? empty },
    { key: 'lead', title: t('traffic.overview.columns.lead'), render: (_, row) => row.lead?.name ?? empty },
    { key: 'headcount', title: t('traffic.overview.columns.headcount'), align: 'right', width: 90, render: (_, row) => row.headcount ?? empty },
    {
      key: 'liveHours',
      title: t('traffic.overview.columns.liveHours'),
      align: 'right',
      sorter: (a, b) => numeric(a.summary?.liveHours) - numeric(b.summary?.liveHours),
      render: (_, row) => (row.summary ? formatDecimal(row.summary.liveHours, 1) : empty),
    },
    {
      key: 'viewerHours',
      title: t('traffic.overview.columns.viewerHours'),
      align: 'right',
      sorter: (a, b) => numeric(a.summary?.viewerHours) - numeric(b.summary?.viewerHours),
      render: (_, row) => (row.summary ? formatDecimal(row.summary.viewerHours, 1) : empty),
    },
    {
      key: 'giftRevenue',
      title: t('traffic.overview.columns.giftRevenue'),
      align: 'right',
      sorter: (a, b) => numeric(a.summary?.giftRevenue) - numeric(b.summary?.giftRevenue),
      render: (_, row) => (row.summary ? formatMoney(row.summary.giftRevenue) : empty),
    },
    {
      key: 'gmv',
      title: t('traffic.overview.columns.gmv'),
      align: 'right',
      sorter: (a, b) => numeric(a.summary?.gmv) - numeric(b.summary?.gmv),
      render: (_, row) => (row.summary ? formatMoney(row.summary.gmv) : empty),
    },
  ];

  // The ranked teams (those that streamed in the period), as the server ranks them for the viewer.
  const exportColumns: ExportColumn[] = [
    { path: 'rank', header: t('traffic.overview.rank') },
    { path: 'team.name', header: t('traffic.overview.columns.team') },
    { path: 'summary.liveHours', header: t('traffic.overview.columns.liveHours') },
    { path: 'summary.viewerHours', header: t('traffic.overview.columns.viewerHours') },
    { path: 'summary.giftRevenue', header: t('traffic.overview.columns.giftRevenue') },
    { path: 'summary.gmv', header: t('traffic.overview.columns.gmv') },
  ];

  return (
    <PageContainer
      title={t('traffic.title')}
      subTitle={t('traffic.subtitle')}
      testId="traffic-overview-page"
      extra={
        <ExportButtons
          query={OverviewQuery}
          connection="trafficLeaderboard"
          variables={{ from: range.from, to: range.to, withTeams: false }}
          columns={exportColumns}
          fileName={t('traffic.overview.teams')}
          disabled={!data?.trafficLeaderboard.length}
        />
      }
    >
      <Space direction="vertical" size={24} style={{ width: '100%' }}>
        <Card size="small">
          <TrafficPeriodControls state={state} range={range} today={today} onChange={change} withBucket={false} />
        </Card>
        <PartialDataAlert error={data ? error : undefined} />
        {me?.isHost ? (
          <Link to={`/traffic/hosts/${encodeURIComponent(me.id)}${period}`} data-testid="traffic-mine">
            <Card size="small" hoverable>
              <Flex gap={12} align="center">
                <Avatar shape="square" size={40} icon={<UserOutlined />} style={{ background: '#fff0f6', color: '#c41d7f', flex: 'none' }} />
                <div>
                  <Typography.Text strong>{t('traffic.overview.mine')}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary">{t('traffic.overview.mineHint')}</Typography.Text>
                  </div>
                </div>
              </Flex>
            </Card>
          </Link>
        ) : null}
        {/* A host who sees no team has their own page above; an empty team list would only be noise. */}
        {me?.isHost && rows.length === 0 ? null : (
          <Card
            title={
              <Space>
                <TeamOutlined />
                {t('traffic.overview.teams')}
                <Tag>{rows.length}</Tag>
              </Space>
            }
            extra={<LineChartOutlined />}
          >
            <Table<TeamRow>
              rowKey="id"
              size="middle"
              data-testid="traffic-team-table"
              columns={columns}
              dataSource={rows}
              loading={loading && !data}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              scroll={{ x: 960 }}
              locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('traffic.empty.noTeams')} /> }}
            />
          </Card>
        )}
      </Space>
    </PageContainer>
  );
}
