import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Drawer, Empty, Flex, Space, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { mutationErrorText } from '@/components/mutationErrors';
import type { WebhookDeliveryFieldsFragment as Delivery } from '@/graphql/generated/graphql';
import { WebhookDeliveryStatusTag } from './WebhookStatusTag';
import { WebhookDeliveryRetryMutation } from './mutations';
import { WebhookDeliveryListQuery } from './queries';

const PAGE_SIZE = 20;

/** A delivery's signed body as sent, pretty-printed when it is JSON. */
export function formatPayload(payload: string | null | undefined): string | null {
  if (!payload) return null;
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

/**
 * The delivery log of one webhook. `webhookAfter` is the cursor of the webhook before it in the
 * list (null for the first): the graph has no `webhook(id)`, so it is fetched by its place.
 */
export function WebhookDeliveryDrawer({
  webhook,
  webhookAfter,
  onClose,
}: {
  webhook: { id: string; url: string } | null;
  webhookAfter: string | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [retrying, setRetrying] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookDeliveryListQuery, {
    variables: { webhookAfter, first: PAGE_SIZE, after: null },
    skip: webhook === null,
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [retry] = useMutation(WebhookDeliveryRetryMutation);

  const found = data?.webhooks?.edges[0]?.node;
  const moved = Boolean(data && webhook && found?.id !== webhook.id);
  const deliveries = !moved ? found?.deliveries : undefined;

  const retryDelivery = async (delivery: Delivery) => {
    setRetrying(delivery.id);
    try {
      const { data: result, errors: failed } = await retry({ variables: { id: delivery.id } });
      const payload = result?.webhookDeliveryRetry;
      if (payload?.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else if (payload?.delivery) message.success(t('webhooks.deliveries.retried'));
      else message.error(failed?.[0]?.message ?? t('webhooks.saveFailed'));
    } finally {
      setRetrying(null);
    }
  };

  const loadMore = async () => {
    if (!deliveries?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: deliveries.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => {
          const before = previous.webhooks?.edges[0]?.node;
          const more = fetchMoreResult.webhooks?.edges[0]?.node;
          if (!previous.webhooks || !before || !more || before.id !== more.id) return fetchMoreResult;
          const node = { ...more, deliveries: { ...more.deliveries, edges: [...before.deliveries.edges, ...more.deliveries.edges] } };
          return { webhooks: { ...previous.webhooks, edges: [{ ...previous.webhooks.edges[0]!, node }] } };
        },
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<Delivery> = [
    {
      key: 'event',
      title: t('webhooks.deliveries.event'),
      width: 150,
      render: (_, row) => <Typography.Text code>{row.event}</Typography.Text>,
    },
    { key: 'status', title: t('webhooks.deliveries.status'), width: 100, render: (_, row) => <WebhookDeliveryStatusTag status={row.status} /> },
    { key: 'attempts', title: t('webhooks.deliveries.attempts'), width: 80, align: 'right', dataIndex: 'attempts' },
    {
      key: 'lastStatusCode',
      title: t('webhooks.deliveries.lastStatusCode'),
      width: 100,
      render: (_, row) =>
        row.lastStatusCode === null || row.lastStatusCode === undefined ? (
          t('common.empty')
        ) : (
          <Typography.Text type={row.lastStatusCode >= 200 && row.lastStatusCode < 300 ? 'success' : 'danger'}>{row.lastStatusCode}</Typography.Text>
        ),
    },
    {
      key: 'lastError',
      title: t('webhooks.deliveries.lastError'),
      ellipsis: { showTitle: false },
      render: (_, row) =>
        row.lastError ? (
          <Tooltip title={row.lastError} placement="topLeft">
            <Typography.Text type="danger">{row.lastError}</Typography.Text>
          </Tooltip>
        ) : (
          t('common.empty')
        ),
    },
    {
      key: 'when',
      title: t('webhooks.deliveries.when'),
      width: 200,
      render: (_, row) => (
        <Space direction="vertical" size={0} style={{ fontSize: 12 }}>
          <span>{formatDateTime(row.createdAt, language)}</span>
          {row.deliveredAt ? (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              {t('webhooks.deliveries.deliveredAt', { at: formatDateTime(row.deliveredAt, language) })}
            </Typography.Text>
          ) : null}
          {row.nextAttemptAt && row.status !== 'SUCCEEDED' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('webhooks.deliveries.nextAttemptAt', { at: formatDateTime(row.nextAttemptAt, language) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('webhooks.fields.actions'),
      width: 100,
      render: (_, row) =>
        row.status === 'SUCCEEDED' || row.status === 'SENDING' ? null : (
          <Button size="small" icon={<RedoOutlined />} loading={retrying === row.id} onClick={() => void retryDelivery(row)} data-testid="delivery-retry">
            {t('webhooks.deliveries.retry')}
          </Button>
        ),
    },
  ];

  return (
    <Drawer
      open={webhook !== null}
      onClose={onClose}
      width={1000}
      title={
        <Space direction="vertical" size={0}>
          <span>{t('webhooks.deliveries.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {webhook?.url}
          </Typography.Text>
        </Space>
      }
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={loading && Boolean(data)} data-testid="deliveries-reload">
          {t('webhooks.deliveries.reload')}
        </Button>
      }
      destroyOnHidden
      data-testid="webhook-deliveries"
    >
      {error && !data ? <Alert type="error" showIcon message={t('common.loadError')} description={error.message} style={{ marginBottom: 16 }} /> : null}
      {moved ? <Alert type="warning" showIcon message={t('webhooks.deliveries.moved')} style={{ marginBottom: 16 }} /> : null}
      <Table<Delivery>
        rowKey="id"
        size="small"
        data-testid="delivery-table"
        columns={columns}
        dataSource={deliveries?.edges.map((edge) => edge.node) ?? []}
        loading={loading && !data}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.deliveries.empty')} /> }}
        expandable={{
          rowExpandable: (row) => Boolean(row.payload),
          expandedRowRender: (row) => (
            <div>
              <Typography.Text type="secondary">{t('webhooks.deliveries.payload')}</Typography.Text>
              <pre className="payload-viewer" data-testid="delivery-payload">
                {formatPayload(row.payload)}
              </pre>
            </div>
          ),
        }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('common.total', { count: deliveries?.totalCount ?? 0 })}</Typography.Text>
        {deliveries?.pageInfo.hasNextPage ? (
          <Button onClick={() => void loadMore()} loading={loadingMore}>
            {t('common.loadMore')}
          </Button>
        ) : null}
      </Flex>
    </Drawer>
  );
}
