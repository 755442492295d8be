import { FileProtectOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Flex, List, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { daysLeft, daysLeftColor, EXPIRING_WITHIN_DAYS } from '@/features/contracts/contractLogic';
import { companyToday } from '@/features/traffic/trafficState';
import { cardState, DashboardCard } from './DashboardCard';
import { HomeExpiringContractsQuery } from './queries';

/** Active contracts ending within 30 days: how many, and the next five, linking to the list's expiring view. */
export function ExpiringContractsCard() {
  const { t } = useTranslation();
  const today = useMemo(() => companyToday(), []);
  const { data, loading, error, refetch } = useQuery(HomeExpiringContractsQuery, {
    variables: { days: EXPIRING_WITHIN_DAYS },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.contracts;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount ?? 0;
  const state = cardState(loading, Boolean(connection), error, rows.length === 0);

  return (
    <DashboardCard
      cardKey="expiringContracts"
      title={t('home.dashboard.expiring.title', { days: EXPIRING_WITHIN_DAYS })}
      icon={<FileProtectOutlined />}
      extra={connection ? <Tag color={total ? 'orange' : 'default'} data-testid="home-expiring-count" data-count={total}>{total}</Tag> : null}
      to="/contracts?view=expiring"
      linkLabel={t('home.dashboard.expiring.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.expiring.empty', { days: EXPIRING_WITHIN_DAYS })}
    >
      <List
        size="small"
        dataSource={rows}
        renderItem={(row) => {
          const days = daysLeft(row, today);
          return (
            <List.Item data-testid="home-expiring-contract" data-number={row.number} style={{ paddingInline: 0 }}>
              <Flex justify="space-between" align="center" gap={8} style={{ width: '100%', minWidth: 0 }}>
                <div style={{ minWidth: 0 }}>
                  <Link to={`/contracts/${encodeURIComponent(row.id)}`}>
                    <Typography.Text code>{row.number}</Typography.Text>
                  </Link>
                  <div>
                    <Typography.Text type="secondary" ellipsis>
                      {row.employee?.name ?? t('common.empty')}
                    </Typography.Text>
                  </div>
                </div>
                {days !== null ? (
                  <Tag color={daysLeftColor(days)} bordered={false} style={{ marginInlineEnd: 0, flex: 'none' }} data-days={days}>
                    {t('home.dashboard.expiring.daysLeft', { count: days })}
                  </Tag>
                ) : null}
              </Flex>
            </List.Item>
          );
        }}
      />
      {total > rows.length ? (
        <Typography.Text type="secondary">{t('home.dashboard.expiring.more', { count: total - rows.length })}</Typography.Text>
      ) : null}
    </DashboardCard>
  );
}
