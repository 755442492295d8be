import { EditOutlined, KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { mutationErrorText } from '@/components/mutationErrors';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { SecretOnceModal } from '@/components/SecretOnceModal';
import { LoadErrorPage } from '@/components/StatusPage';
import type { PartnerClientFieldsFragment as PartnerClient } from '@/graphql/generated/graphql';
import { PartnerClientForm, isPartnerScope, scopeKey } from './PartnerClientForm';
import { PartnerClientRevokeMutation, PartnerClientRotateSecretMutation } from './mutations';
import { PartnerClientFormOptionsQuery, PartnerClientListQuery } from './queries';

const PAGE_SIZE = 100;

interface ShownSecret {
  client: PartnerClient;
  secret: string;
  rotated: boolean;
}

export default function PartnerClientListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [editing, setEditing] = useState<PartnerClient | null | 'new'>(null);
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const { data, loading, error, refetch, fetchMore } = useQuery(PartnerClientListQuery, { variables: { first: PAGE_SIZE, after: null } });
  const options = useQuery(PartnerClientFormOptionsQuery);
  const [rotate] = useMutation(PartnerClientRotateSecretMutation);
  const [revoke] = useMutation(PartnerClientRevokeMutation);
  const connection = data?.partnerClients;
  const teams = useMemo(() => options.data?.teams?.edges.map((edge) => edge.node) ?? [], [options.data]);
  const teamNames = useMemo(() => new Map(teams.map((team) => [team.id, team.name])), [teams]);

  const rotateSecret = async (client: PartnerClient) => {
    setBusy(`rotate:${client.id}`);
    try {
      const { data: result, errors: failed } = await rotate({ variables: { id: client.id } });
      const payload = result?.partnerClientRotateSecret;
      if (payload?.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else if (payload?.client && payload.clientSecret) setShown({ client: payload.client, secret: payload.clientSecret, rotated: true });
      else message.error(failed?.[0]?.message ?? t('partners.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const revokeClient = async (client: PartnerClient) => {
    setBusy(`revoke:${client.id}`);
    try {
      const { data: result, errors: failed } = await revoke({ variables: { id: client.id } });
      const payload = result?.partnerClientRevoke;
      if (payload?.errors.length) payload.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      else if (payload?.client) message.success(t('partners.revoked', { clientId: client.clientId }));
      else message.error(failed?.[0]?.message ?? t('partners.saveFailed'));
    } finally {
      setBusy(null);
    }
  };

  const saved = (client: PartnerClient, secret: string | null) => {
    const created = editing === 'new';
    setEditing(null);
    if (created) {
      void refetch();
      if (secret) setShown({ client, secret, rotated: false });
    } else {
      message.success(t('partners.saved'));
    }
  };

  const columns: TableColumnsType<PartnerClient> = [
    {
      key: 'clientId',
      title: t('partners.fields.clientId'),
      width: 180,
      render: (_, row) => (
        <Typography.Text code data-testid="partner-client-id-cell">
          {row.clientId}
        </Typography.Text>
      ),
    },
    { key: 'name', title: t('partners.fields.name'), dataIndex: 'name', width: 180 },
    {
      key: 'scopes',
      title: t('partners.fields.scopes'),
      width: 210,
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.scopes.map((scope) => (
            <Tooltip key={scope} title={isPartnerScope(scope) ? t(`partners.scopes.${scopeKey(scope)}`) : null}>
              <Tag bordered={false} color="processing">
                {scope}
              </Tag>
            </Tooltip>
          ))}
        </Flex>
      ),
    },
    {
      key: 'links',
      title: t('partners.fields.teamIds'),
      width: 170,
      render: (_, row) => {
        const names = row.linkedTeamIds.map((id) => teamNames.get(id) ?? id);
        return (
          <Space direction="vertical" size={0}>
            {names.length ? (
              <Flex gap={4} wrap>
                {names.map((name) => (
                  <Tag key={name} bordered={false}>
                    {name}
                  </Tag>
                ))}
              </Flex>
            ) : (
              <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>
            )}
            {row.linkedHostIds.length ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('partners.linkedHosts', { count: row.linkedHostIds.length })}
              </Typography.Text>
            ) : null}
          </Space>
        );
      },
    },
    {
      key: 'rate',
      title: t('partners.fields.rateLimitPerMinute'),
      width: 130,
      align: 'right',
      render: (_, row) => `${row.rateLimitPerMinute.toLocaleString(language)} ${t('partners.perMinute')}`,
    },
    {
      key: 'status',
      title: t('partners.fields.status'),
      width: 190,
      render: (_, row) =>
        row.revokedAt || !row.isActive ? (
          <Tooltip title={row.revokedAt ? formatDateTime(row.revokedAt, language) : null}>
            <Tag color="red">{t('partners.status.revoked')}</Tag>
          </Tooltip>
        ) : (
          <Space direction="vertical" size={0}>
            <Tag color="green">{t('partners.status.active')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('partners.createdAt', { at: formatDateTime(row.createdAt, language) })}
            </Typography.Text>
            {row.secretRotatedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('partners.rotatedAt', { at: formatDateTime(row.secretRotatedAt, language) })}
              </Typography.Text>
            ) : null}
          </Space>
        ),
    },
    {
      key: 'actions',
      title: t('partners.fields.actions'),
      width: 240,
      fixed: 'right',
      render: (_, row) => {
        const revoked = Boolean(row.revokedAt) || !row.isActive;
        return (
          <Space size={4} wrap>
            <Button size="small" icon={<EditOutlined />} disabled={revoked} onClick={() => setEditing(row)}>
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('partners.rotateConfirmTitle')}
              description={t('partners.rotateConfirm')}
              okText={t('partners.rotate')}
              cancelText={t('common.cancel')}
              onConfirm={() => rotateSecret(row)}
              disabled={revoked}
            >
              <Button size="small" icon={<KeyOutlined />} disabled={revoked} loading={busy === `rotate:${row.id}`} data-testid="partner-rotate">
                {t('partners.rotate')}
              </Button>
            </Popconfirm>
            <Popconfirm
              title={t('partners.revokeConfirmTitle', { clientId: row.clientId })}
              description={t('partners.revokeConfirm')}
              okText={t('partners.revoke')}
              okButtonProps={{ danger: true }}
              cancelText={t('common.cancel')}
              onConfirm={() => revokeClient(row)}
              disabled={revoked}
            >
              <Button size="small" danger icon={<StopOutlined />} disabled={revoked} loading={busy === `revoke:${row.id}`} data-testid="partner-revoke">
                {t('partners.revoke')}
              </Button>
            </Popconfirm>
          </Space>
        );
      },
    },
  ];

  if (!connection && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('partners.title')}
      subTitle={t('partners.subtitle')}
      testId="partner-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={PartnerClientListQuery}
            connection="partnerClients"
            variables={{}}
            columns={[
              { path: 'clientId', header: t('partners.fields.clientId') },
              { path: 'name', header: t('partners.fields.name') },
              { path: 'scopes', header: t('partners.fields.scopes') },
              { path: 'rateLimitPerMinute', header: t('partners.fields.rateLimitPerMinute') },
              { path: 'isActive', header: t('partners.fields.status'), labels: { true: t('partners.status.active'), false: t('partners.status.revoked') } },
              { path: 'createdAt', header: t('partners.fields.createdAt') },
              { path: 'revokedAt', header: t('partners.fields.revokedAt') },
            ]}
            fileName={t('partners.title')}
            disabled={!connection?.totalCount}
          />
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="partner-create">
            {t('partners.create')}
          </Button>
        </Space>
      }
    >
      <Card>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<PartnerClient>
          rowKey="id"
          data-testid="partner-table"
          columns={columns}
          dataSource={connection?.edges.map((edge) => edge.node) ?? []}
          loading={loading && !connection}
          pagination={false}
          scroll={{ x: 1300 }}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('common.total', { count: connection?.totalCount ?? 0 })}</Typography.Text>
          {connection?.pageInfo.hasNextPage ? (
            <Button
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (previous, { fetchMoreResult }) =>
                    previous.partnerClients && fetchMoreResult.partnerClients
                      ? { partnerClients: { ...fetchMoreResult.partnerClients, edges: [...previous.partnerClients.edges, ...fetchMoreResult.partnerClients.edges] } }
                      : fetchMoreResult,
                })
              }
            >
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
      <PartnerClientForm
        open={editing !== null}
        client={editing === 'new' ? null : editing}
        teams={teams}
        teamsLoading={options.loading}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
      <SecretOnceModal
        open={shown !== null}
        title={shown?.rotated ? t('partners.secretRotatedTitle') : t('partners.secretCreatedTitle')}
        secret={shown?.secret ?? null}
        details={shown ? [{ label: t('partners.fields.clientId'), value: <Typography.Text code data-testid="secret-client-id">{shown.client.clientId}</Typography.Text> }] : []}
        onClose={() => setShown(null)}
      />
    </PageContainer>
  );
}
