import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Flex, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { roleLabel } from '@/app/roles';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { RoleListQuery as RoleData, UserListQuery as UserData } from '@/graphql/generated/graphql';
import { RoleListQuery, UserListQuery } from './queries';
import { RoleForm } from './RoleForm';
import { UserForm } from './UserForm';

export type UserRow = NonNullable<UserData['users']>['edges'][number]['node'];
export type RoleRow = NonNullable<RoleData['roles']>[number];

const PAGE_SIZE = 20;

/** `/users`: console accounts (who signs in, with which roles, for which employee) and the roles' permissions. */
export default function AccountAdminPage() {
  const { t } = useTranslation();
  return (
    <PageContainer title={t('accountAdmin.title')} subTitle={t('accountAdmin.subtitle')} testId="account-admin-page">
      <Tabs
        items={[
          { key: 'users', label: t('accountAdmin.users.tab'), children: <UserList /> },
          { key: 'roles', label: t('accountAdmin.roles.tab'), children: <RoleList /> },
        ]}
        data-testid="account-admin-tabs"
      />
    </PageContainer>
  );
}

function UserList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Keyset pages: the cursors of the pages already seen, so "previous" needs no offset.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const after = cursors[cursors.length - 1] ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(UserListQuery, {
    variables: { first: PAGE_SIZE, after, search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  const roles = useQuery(RoleListQuery);
  const users = (data ?? previousData)?.users;
  const rows = users?.edges.map((edge) => edge.node) ?? [];

  if (!users && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<UserRow> = [
    { key: 'email', title: t('accountAdmin.users.email'), render: (_, row) => <span data-testid="user-email">{row.email}</span> },
    {
      key: 'employee',
      title: t('accountAdmin.users.employee'),
      render: (_, row) => (row.employee ? <Link to={`/employees/${encodeURIComponent(row.employee.id)}`}>{`${row.employee.name} · ${row.employee.employeeNo}`}</Link> : t('common.empty')),
    },
    {
      key: 'roles',
      title: t('accountAdmin.users.roles'),
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.roles.map((role) => (
            <Tag key={role}>{roleLabel(t, role)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'active',
      title: t('accountAdmin.users.status'),
      render: (_, row) => (
        <Tag color={row.isActive ? 'green' : 'default'} data-testid="user-status" data-active={String(row.isActive)}>
          {row.isActive ? t('accountAdmin.users.active') : t('accountAdmin.users.disabled')}
        </Tag>
      ),
    },
    {
      key: 'actions',
      title: '',
      width: 100,
      render: (_, row) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid="user-edit">
          {t('accountAdmin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <Flex gap={12} wrap justify="space-between" style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder={t('accountAdmin.users.search')}
          style={{ maxWidth: 320 }}
          onSearch={(value) => {
            setSearch(value.trim());
            setCursors([null]);
          }}
          data-testid="user-search"
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
          {t('accountAdmin.users.create')}
        </Button>
      </Flex>
      <PartialDataAlert error={users ? error : undefined} />
      <Table<UserRow>
        rowKey="id"
        data-testid="user-table"
        data-ready={String(Boolean(data) && !loading)}
        columns={columns}
        dataSource={rows}
        loading={loading && !data}
        pagination={false}
        scroll={{ x: 800 }}
      />
      <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('accountAdmin.users.count', { count: users?.totalCount ?? 0 })}</Typography.Text>
        <Space>
          <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))} data-testid="user-page-previous">
            {t('common.previous')}
          </Button>
          <Button
            disabled={!users?.pageInfo.hasNextPage}
            onClick={() => users?.pageInfo.endCursor && setCursors([...cursors, users.pageInfo.endCursor])}
            data-testid="user-page-next"
          >
            {t('common.next')}
          </Button>
        </Space>
      </Flex>
      <UserForm
        open={editing !== null}
        user={editing === 'new' ? undefined : editing ?? undefined}
        roles={roles.data?.roles ?? []}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          void refetch();
        }}
      />
    </Card>
  );
}

function RoleList() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(RoleListQuery);
  const [editing, setEditing] = useState<RoleRow | null>(null);
  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  const columns: TableColumnsType<RoleRow> = [
    { key: 'name', title: t('accountAdmin.roles.name'), render: (_, row) => <span data-testid="role-name" data-role={row.name}>{roleLabel(t, row.name)}</span> },
    { key: 'description', title: t('accountAdmin.roles.description'), dataIndex: 'description' },
    { key: 'scope', title: t('accountAdmin.roles.scope'), render: (_, row) => t(`accountAdmin.scopes.${row.rowScope as 'all'}`, { defaultValue: row.rowScope }) },
    {
      key: 'permissions',
      title: t('accountAdmin.roles.permissions'),
      render: (_, row) => <span data-testid="role-permission-count">{row.permissions.length}</span>,
    },
    {
      key: 'actions',
      title: '',
      width: 100,
      render: (_, row) => (
        <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid="role-edit">
          {t('accountAdmin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Card>
      <PartialDataAlert error={data ? error : undefined} />
      <Table<RoleRow> rowKey="name" data-testid="role-table" columns={columns} dataSource={data?.roles ?? []} loading={loading && !data} pagination={false} />
      <RoleForm
        role={editing}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          void refetch();
        }}
      />
    </Card>
  );
}
