import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '@/app/viewer';
import type { HostPlatformAccountsQuery as AccountsData } from '@/graphql/generated/graphql';
import { canAddPlatformAccount } from './platformAccounts';
import { PlatformAccountForm } from './PlatformAccountForm';
import { HostPlatformAccountsQuery } from './queries';

type Account = NonNullable<AccountsData['platformAccounts']>['edges'][number]['node'];

/** A host has a handful of accounts; more than this is shown as a count. */
const SHOWN = 100;

/** The host's accounts on the streaming platforms, and registering one (traffic.write and employees.write). */
export function HostPlatformAccounts({ hostId, hostName }: { hostId: string; hostName: string }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const mayAdd = canAddPlatformAccount(can);
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(HostPlatformAccountsQuery, { variables: { hostId, first: SHOWN } });
  const connection = data?.platformAccounts;
  const accounts = connection?.edges.map((edge) => edge.node) ?? [];

  const columns: TableColumnsType<Account> = [
    { key: 'platform', title: t('traffic.accounts.fields.platform'), render: (_, account) => <Tag bordered={false}>{t(`traffic.platforms.${account.platform}`)}</Tag> },
    { key: 'handle', title: t('traffic.accounts.fields.handle'), dataIndex: 'handle', render: (handle: string) => <span data-testid="platform-account-handle">{handle}</span> },
    { key: 'externalId', title: t('traffic.accounts.fields.externalId'), dataIndex: 'externalId', render: (externalId: string) => <Typography.Text copyable>{externalId}</Typography.Text> },
  ];

  return (
    <Card
      title={t('traffic.accounts.title')}
      extra={
        mayAdd ? (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="platform-account-add">
            {t('traffic.accounts.add')}
          </Button>
        ) : null
      }
      data-testid="host-platform-accounts"
    >
      {error && !connection ? (
        <Alert
          type="error"
          showIcon
          message={t('traffic.accounts.loadFailed')}
          description={error.message}
          action={<Button size="small" onClick={() => void refetch()}>{t('common.retry')}</Button>}
        />
      ) : (
        <Table<Account>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={accounts}
          loading={loading}
          pagination={false}
          locale={{ emptyText: t('traffic.accounts.empty') }}
          footer={connection && connection.totalCount > accounts.length ? () => t('traffic.accounts.more', { shown: accounts.length, total: connection.totalCount }) : undefined}
          data-testid="platform-account-table"
        />
      )}
      {mayAdd ? (
        <PlatformAccountForm
          open={adding}
          hostId={hostId}
          hostName={hostName}
          onClose={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            void refetch();
          }}
        />
      ) : null}
    </Card>
  );
}
