import { RiseOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Avatar, Flex, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatMoney } from '@/app/i18n/format';
import { cardState, DashboardCard } from './DashboardCard';
import { last30Days } from './dashboardCards';
import { HomeTrafficMoversQuery } from './queries';

const RANK_COLORS = ['#faad14', '#bfbfbf', '#d48806'];

/** The top five hosts by gift revenue over the last 30 days, among those the viewer may see (a lead: their teams). */
export function TrafficMoversCard() {
  const { t } = useTranslation();
  const range = useMemo(() => last30Days(), []);
  const { data, loading, error, refetch } = useQuery(HomeTrafficMoversQuery, {
    variables: { from: range.from, to: range.to, first: 5 },
    fetchPolicy: 'cache-and-network',
  });
  // A host with no gifts in the period is not a mover.
  const rows = (data?.trafficLeaderboard ?? []).filter((row) => row.host && row.value && Number(row.value) > 0);
  const state = cardState(loading, Boolean(data?.trafficLeaderboard), error, rows.length === 0);

  return (
    <DashboardCard
      cardKey="trafficMovers"
      title={t('home.dashboard.movers.title')}
      icon={<RiseOutlined />}
      to="/traffic"
      linkLabel={t('home.dashboard.movers.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.movers.empty')}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('home.dashboard.movers.hint')}
      </Typography.Text>
      <List
        size="small"
        dataSource={rows}
        renderItem={(row) => (
          <List.Item data-testid="home-mover" data-host-id={row.host?.id} data-team-id={row.host?.team?.id ?? ''} style={{ paddingInline: 0 }}>
            <Flex gap={10} align="center" style={{ width: '100%', minWidth: 0 }}>
              <Avatar size={24} style={{ background: RANK_COLORS[row.rank - 1] ?? '#f0f0f0', color: row.rank <= 3 ? '#fff' : '#595959', flex: 'none' }}>
                {row.rank}
              </Avatar>
              <div style={{ minWidth: 0, flex: 1 }}>
                <Link to={`/traffic/hosts/${encodeURIComponent(row.host?.id ?? '')}`}>
                  <Typography.Text strong ellipsis>
                    {row.host?.name}
                  </Typography.Text>
                </Link>
                <div>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {row.host?.team?.name ?? t('common.empty')}
                  </Typography.Text>
                </div>
              </div>
              <Typography.Text strong style={{ flex: 'none' }} data-testid="home-mover-value">
                {formatMoney(row.value)}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </DashboardCard>
  );
}
