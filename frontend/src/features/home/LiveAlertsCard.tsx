import { AlertOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Badge, Flex, List, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { useAlertFeed } from '@/features/alerts/AlertFeed';
import type { LiveAlert } from '@/features/alerts/AlertFeed';
import { AlertKindTag } from '@/features/alerts/AlertKindTag';
import { cardState, DashboardCard } from './DashboardCard';
import { HomeRecentAlertsQuery } from './queries';

const SHOWN = 5;

/** The newest alerts first seen when the page opened, with those the live feed pushed since on top (no polling). */
export function newestAlerts(live: readonly LiveAlert[], loaded: readonly LiveAlert[], count = SHOWN): LiveAlert[] {
  const seen = new Set<string>();
  const out: LiveAlert[] = [];
  for (const alert of [...live, ...loaded]) {
    if (seen.has(alert.id)) continue;
    seen.add(alert.id);
    out.push(alert);
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)).slice(0, count);
}

/** The live alert feed: the newest alerts and how many nobody acknowledged, linking to /alerts. */
export function LiveAlertsCard() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const feed = useAlertFeed();
  const { data, loading, error, refetch } = useQuery(HomeRecentAlertsQuery, { variables: { first: SHOWN }, fetchPolicy: 'cache-and-network' });
  const loaded = useMemo(() => data?.alerts?.edges.map((edge) => edge.node) ?? [], [data]);
  const rows = useMemo(() => newestAlerts(feed.received, loaded), [feed.received, loaded]);
  const state = cardState(loading, Boolean(data?.alerts) || feed.received.length > 0, error, rows.length === 0);
  const open = feed.unacknowledged;

  return (
    <DashboardCard
      cardKey="alerts"
      title={t('home.dashboard.alerts.title')}
      icon={<AlertOutlined />}
      extra={
        open !== null ? (
          <Tag color={open ? 'red' : 'default'} data-testid="home-alerts-open" data-count={open}>
            {t('home.dashboard.alerts.open', { count: open })}
          </Tag>
        ) : null
      }
      to="/alerts"
      linkLabel={t('home.dashboard.alerts.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.alerts.empty')}
    >
      <List
        size="small"
        dataSource={rows}
        renderItem={(alert) => (
          <List.Item data-testid="home-alert" data-id={alert.id} style={{ paddingInline: 0 }}>
            <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
              <Flex gap={6} align="center" wrap>
                {alert.acknowledgedAt ? null : <Badge status="error" />}
                <AlertKindTag kind={alert.kind} />
                {alert.employee ? <Typography.Text strong>{alert.employee.name}</Typography.Text> : null}
                <Typography.Text type="secondary" style={{ marginInlineStart: 'auto', fontSize: 12 }}>
                  {formatDateTime(alert.createdAt, language)}
                </Typography.Text>
              </Flex>
              <Typography.Text ellipsis={{ tooltip: alert.message }} data-testid="home-alert-message">
                {alert.message}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </DashboardCard>
  );
}
