import { DeleteOutlined, EditOutlined, HistoryOutlined, PauseCircleOutlined, PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { mutationErrorText } from '@/components/mutationErrors';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { SecretOnceModal } from '@/components/SecretOnceModal';
import { LoadErrorPage } from '@/components/StatusPage';
import type { WebhookFieldsFragment as Webhook } from '@/graphql/generated/graphql';
import { WebhookDeliveryDrawer } from './WebhookDeliveryDrawer';
import { WebhookForm, WEBHOOK_EVENTS, isWebhookEvent } from './WebhookForm';
import { WebhookStatusTag } from './WebhookStatusTag';
import { WebhookDeleteMutation, WebhookUpdateMutation } from './mutations';
import { WebhookListQuery } from './queries';

const PAGE_SIZE = 100;

/** A webhook row and the cursor of the row before it (how its delivery log is addressed). */
type Row = Webhook & { previousCursor: string | null };

export default function WebhookListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Webhook | 'new' | null>(null);
  const [secret, setSecret] = useState<{ webhook: Webhook; secret: string } | null>(null);
  const [logOf, setLogOf] = useState<Row | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(WebhookListQuery, { variables: { first: PAGE_SIZE, after: null } });
  const [update] = useMutation(WebhookUpdateMutation);
  const [remove] = useMutation(WebhookDeleteMutation);
  const connection = data?.webhooks;
  const rows: Row[] = connection?.edges.map((edge, index) => ({ ...edge.node, previousCursor: index === 0 ? null : connection.edges[index - 1]!.cursor })) ?? [];

  const setActive = async (webhook: Webhook, isActive: boolean) => {
    setBusy(`active:${webhook.id}`);
    try {
      const { data: result, errors: failed } = await update({ variables: { input: { id: webhook.id, isActive } } });
      const payload = result?.webhookUpdate;
      if (payload?.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else if (payload?.webhook) message.success(t(isActive ? 'webhooks.enabled' : 'webhooks.paused'));
      else message.error(failed?.[0]?.message ?? t('webhooks.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const deleteWebhook = async (webhook: Webhook) => {
    setBusy(`delete:${webhook.id}`);
    try {
      const { data: result, errors: failed } = await remove({ variables: { id: webhook.id } });
      const payload = result?.webhookDelete;
      if (payload?.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else if (payload?.deletedId) {
        message.success(t('webhooks.deleted'));
        await refetch();
      } else message.error(failed?.[0]?.message ?? t('webhooks.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const saved = (webhook: Webhook, newSecret: string | null) => {
    const created = editing === 'new';
    setEditing(null);
    if (created) {
      void refetch();
      if (newSecret) setSecret({ webhook, secret: newSecret });
    } else {
      message.success(t('webhooks.saved'));
    }
  };

  const columns: TableColumnsType<Row> = [
    {
      key: 'url',
      title: t('webhooks.fields.url'),
      render: (_, row) => (
        <Typography.Text style={{ wordBreak: 'break-all' }} data-testid="webhook-url-cell">
          {row.url}
        </Typography.Text>
      ),
    },
    {
      key: 'events',
      title: t('webhooks.fields.events'),
      width: 300,
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.events.map((name) => (
            <Tooltip key={name} title={isWebhookEvent(name) ? t(`webhooks.events.${WEBHOOK_EVENTS[name]}`) : null}>
              <Tag bordered={false} color="processing">
                {name}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    { key: 'status', title: t('webhooks.fields.status'), width: 200, render: (_, row) => <WebhookStatusTag webhook={row} /> },
    { key: 'createdAt', title: t('webhooks.fields.createdAt'), width: 170, render: (_, row) => formatDateTime(row.createdAt, language) },
    {
      key: 'actions',
      title: t('webhooks.fields.actions'),
      width: 360,
      fixed: 'right',
      render: (_, row) => (
        <Space size={4} wrap>
          <Button size="small" icon={<HistoryOutlined />} onClick={() => setLogOf(row)} data-testid="webhook-deliveries-open">
            {t('webhooks.deliveries.open')}
          </Button>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid="webhook-edit">
            {t('common.edit')}
          </Button>
          {row.isActive ? (
            <Button size="small" icon={<PauseCircleOutlined />} loading={busy === `active:${row.id}`} onClick={() => void setActive(row, false)} data-testid="webhook-pause">
              {t('webhooks.pause')}
            </Button>
          ) : (
            <Button
              size="small"
              type="primary"
              ghost
              icon={<PlayCircleOutlined />}
              loading={busy === `active:${row.id}`}
              onClick={() => void setActive(row, true)}
              data-testid="webhook-enable"
            >
              {t('webhooks.enable')}
            </Button>
          )}
          <Popconfirm
            title={t('webhooks.deleteConfirmTitle')}
            description={t('webhooks.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => deleteWebhook(row)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={busy === `delete:${row.id}`} data-testid="webhook-delete">
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  if (!connection && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('webhooks.title')}
      subTitle={t('webhooks.subtitle')}
      testId="webhook-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={WebhookListQuery}
            connection="webhooks"
            variables={{}}
            columns={[
              { path: 'url', header: t('webhooks.fields.url') },
              { path: 'events', header: t('webhooks.fields.events') },
              { path: 'isActive', header: t('webhooks.fields.status'), labels: { true: t('webhooks.status.active'), false: t('webhooks.status.paused') } },
              { path: 'consecutiveFailures', header: t('webhooks.fields.consecutiveFailures') },
              { path: 'disabledAt', header: t('webhooks.fields.disabledAt') },
              { path: 'createdAt', header: t('webhooks.fields.createdAt') },
            ]}
            fileName={t('webhooks.title')}
            disabled={!connection?.totalCount}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="webhook-create">
            {t('webhooks.create')}
          </Button>
        </Space>
      }
    >
      <Card>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Row>
          rowKey="id"
          data-testid="webhook-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !connection}
          pagination={false}
          scroll={{ x: 1200 }}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('common.total', { count: connection?.totalCount ?? 0 })}</Typography.Text>
          {connection?.pageInfo.hasNextPage ? (
            <Button
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) =>
                    previous.webhooks && fetchMoreResult.webhooks
                      ? { webhooks: { ...fetchMoreResult.webhooks, edges: [...previous.webhooks.edges, ...fetchMoreResult.webhooks.edges] } }
                      : fetchMoreResult,
                })
              }
            >
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <WebhookForm open={editing !== null} webhook={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} />
      <SecretOnceModal
        open={secret !== null}
        title={t('webhooks.secretTitle')}
        secret={secret?.secret ?? null}
        details={
          secret
            ? [
                { label: t('webhooks.fields.url'), value: secret.webhook.url },
                { label: t('webhooks.signature'), value: t('webhooks.signatureHint') },
              ]
            : []
        }
        onClose={() => setSecret(null)}
      />
      <WebhookDeliveryDrawer webhook={logOf} webhookAfter={logOf?.previousCursor ?? null} onClose={() => setLogOf(null)} />
    </PageContainer>
  );
}
