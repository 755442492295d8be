import { TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Card, Empty, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDecimal, formatMoney } from '@/app/i18n/format';
import type { TeamTrafficLeaderboardQuery, TrafficMetric } from '@/graphql/generated/graphql';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { formatMetricValue } from './metrics';
import { TeamTrafficLeaderboardQuery as LeaderboardQuery } from './queries';
import { trafficProblem } from './trafficErrors';
import type { DateRange, Period } from './trafficState';
import { LEADERBOARD_METRICS, periodQuery } from './trafficState';

type Rank = TeamTrafficLeaderboardQuery['trafficLeaderboard'][number];

export const LEADERBOARD_SIZE = 20;

/** The team's hosts ranked by one measure over the period; each links to the host's traffic page. */
export function TeamHostLeaderboard({
  teamId,
  range,
  period,
  metric,
  onMetricChange,
}: {
  teamId: string;
  range: DateRange;
  period: Period;
  metric: TrafficMetric;
  onMetricChange: (metric: TrafficMetric) => void;
}) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  const { data, loading, error } = useQuery(LeaderboardQuery, {
    variables: { teamId, from: range.from, to: range.to, metric, first: LEADERBOARD_SIZE },
  });
  const rows = data?.trafficLeaderboard ?? [];
  const problem = trafficProblem(error);
  const hostLink = (id: string) => `/traffic/hosts/${encodeURIComponent(id)}${periodQuery(period)}`;

  const columns: TableColumnsType<Rank> = [
    { key: 'rank', title: t('traffic.team.columns.rank'), dataIndex: 'rank', width: 72, align: 'center' },
    {
      key: 'host',
      title: t('traffic.team.columns.host'),
      render: (_, row) =>
        row.host ? (
          <Link to={hostLink(row.host.id)} data-testid="leaderboard-host">
            {row.host.name}
          </Link>
        ) : (
          empty
        ),
    },
    {
      key: 'value',
      title: t(`traffic.metrics.${metric}`),
      align: 'right',
      render: (_, row) => (
        <Typography.Text strong data-testid="leaderboard-value">
          {formatMetricValue(metric, row.value, empty)}
        </Typography.Text>
      ),
    },
    { key: 'liveDays', title: t('traffic.team.columns.liveDays'), align: 'right', render: (_, row) => row.summary.liveDays },
    { key: 'liveHours', title: t('traffic.team.columns.liveHours'), align: 'right', render: (_, row) => formatDecimal(row.summary.liveHours, 1) },
    { key: 'viewerHours', title: t('traffic.team.columns.viewerHours'), align: 'right', render: (_, row) => formatDecimal(row.summary.viewerHours, 1) },
    { key: 'giftRevenue', title: t('traffic.team.columns.giftRevenue'), align: 'right', render: (_, row) => formatMoney(row.summary.giftRevenue) },
    { key: 'gmv', title: t('traffic.team.columns.gmv'), align: 'right', render: (_, row) => formatMoney(row.summary.gmv) },
  ];
  // The ranked measure's own column already shows it.
  const shown = columns.filter((column) => !(
    (metric === 'GIFT_REVENUE' && column.key === 'giftRevenue') ||
    (metric === 'GMV' && column.key === 'gmv') ||
    (metric === 'LIVE_HOURS' && column.key === 'liveHours') ||
    (metric === 'VIEWER_HOURS' && column.key === 'viewerHours')
  ));

  // The file has the table's columns, by the same keys; money and hours as the server's decimals.
  const exportPaths: Record<string, string> = {
    rank: 'rank',
    host: 'host.name',
    value: 'value',
    liveDays: 'summary.liveDays',
    liveHours: 'summary.liveHours',
    viewerHours: 'summary.viewerHours',
    giftRevenue: 'summary.giftRevenue',
    gmv: 'summary.gmv',
  };
  const exportColumns: ExportColumn[] = shown.map((column) => ({ path: exportPaths[String(column.key)] ?? String(column.key), header: String(column.title) }));

  return (
    <Card
      title={
        <Space>
          <TrophyOutlined />
          {t('traffic.team.leaderboard')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {t('traffic.team.leaderboardHint')}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          <ExportButtons
            query={LeaderboardQuery}
            connection="trafficLeaderboard"
            variables={{ teamId, from: range.from, to: range.to, metric, first: LEADERBOARD_SIZE }}
            keepFirst
            columns={exportColumns}
            fileName={t('traffic.team.leaderboard')}
            disabled={rows.length === 0}
          />
          <Typography.Text type="secondary">{t('traffic.team.metric')}</Typography.Text>
          <Select<TrafficMetric>
            value={metric}
            style={{ width: 220 }}
            options={LEADERBOARD_METRICS.map((value) => ({ value, label: t(`traffic.metrics.${value}`) }))}
            onChange={onMetricChange}
            data-testid="leaderboard-metric"
          />
        </Space>
      }
    >
      {problem && problem.kind !== 'notFound' ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={problem.kind === 'badInput' ? t('traffic.errors.badInput', { message: problem.message }) : problem.message}
        />
      ) : null}
      <Table<Rank>
        rowKey={(row) => row.host?.id ?? String(row.rank)}
        size="middle"
        data-testid="traffic-leaderboard"
        columns={shown}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: loading ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('traffic.empty.noHosts')} /> }}
      />
    </Card>
  );
}
