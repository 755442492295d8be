import { useQuery } from '@apollo/client';
import { Button, Card, Col, Flex, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { AuditEventListQuery as AuditEventListResult } from '@/graphql/generated/graphql';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { AuditEventListQuery } from './queries';

type AuditEvent = NonNullable<AuditEventListResult['auditEvents']>['edges'][number]['node'];

const PAGE_SIZE = 50;

/** The actions the backend records (record_event, ReadAudit) and their translation keys. */
export const AUDIT_ACTIONS = {
  'employee.read_pii': 'employee_read_pii',
  'employee.read_pay': 'employee_read_pay',
  'employee.read_risk': 'employee_read_risk',
  'employee.create': 'employee_create',
  'employee.update': 'employee_update',
  'employee.transfer': 'employee_transfer',
  'employee.terminate': 'employee_terminate',
  'department.create': 'department_create',
  'department.update': 'department_update',
  'team.create': 'team_create',
  'team.update': 'team_update',
  'position.create': 'position_create',
  'user.create': 'user_create',
  'role.update': 'role_update',
  'alert.acknowledge': 'alert_acknowledge',
  'alert.resolve': 'alert_resolve',
  'partner_client.create': 'partner_client_create',
  'partner_client.update': 'partner_client_update',
  'partner_client.rotate_secret': 'partner_client_rotate_secret',
  'partner_client.revoke': 'partner_client_revoke',
  'webhook.create': 'webhook_create',
  'webhook.update': 'webhook_update',
  'webhook.delete': 'webhook_delete',
} as const;
type AuditAction = keyof typeof AUDIT_ACTIONS;
const ACTOR_KINDS = ['user', 'client', 'system'] as const;
const TARGET_TYPES = ['employee', 'department', 'team', 'position', 'user', 'role', 'alert', 'partner_client', 'webhook'] as const;

function isOneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}

/** A recorded action in the viewer's language; one the console does not know yet shows as it is spelled. */
export function actionLabel(t: TFunction, action: string): string {
  return isAuditAction(action) ? t(`audit.actions.${AUDIT_ACTIONS[action]}`) : action;
}

const ACTION_COLORS: Record<string, string> = {
  read: 'gold',
  create: 'green',
  update: 'blue',
  transfer: 'purple',
  terminate: 'red',
  acknowledge: 'cyan',
  resolve: 'cyan',
  rotate: 'purple',
  revoke: 'red',
  delete: 'red',
};

export default function AuditEventListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') ?? '';
  const action = params.get('action');
  const [actorInput, setActorInput] = useState(actor);
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => setActorInput(actor), [actor]);

  const { data, loading, error, fetchMore, refetch } = useQuery(AuditEventListQuery, {
    variables: { first: PAGE_SIZE, after: null, filter: { actor: actor || null, action: action || null } },
  });
  const connection = data?.auditEvents;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.auditEvents && fetchMoreResult.auditEvents
            ? {
                auditEvents: {
                  ...fetchMoreResult.auditEvents,
                  edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
                },
              }
            : fetchMoreResult,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  const columns: TableColumnsType<AuditEvent> = [
    { key: 'at', title: t('audit.columns.at'), width: 190, render: (_, row) => formatDateTime(row.at, language) },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 260,
      render: (_, row) => (
        <Space size={6}>
          <Typography.Text>{row.actorLabel}</Typography.Text>
          {isOneOf(ACTOR_KINDS, row.actorKind) ? <Tag bordered={false}>{t(`audit.actorKinds.${row.actorKind}`)}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      width: 180,
      render: (_, row) => {
        const verb = row.action.split('.')[1]?.split('_')[0] ?? '';
        return <Tag color={ACTION_COLORS[verb] ?? 'default'}>{actionLabel(t, row.action)}</Tag>;
      },
    },
    {
      key: 'target',
      title: t('audit.columns.target'),
      width: 110,
      render: (_, row) => {
        const type = isOneOf(TARGET_TYPES, row.targetType) ? t(`audit.targetTypes.${row.targetType}`) : row.targetType;
        if (!type) return t('common.empty');
        return row.employeeId ? <Link to={`/employees/${row.employeeId}`}>{type}</Link> : type;
      },
    },
    {
      key: 'fields',
      title: t('audit.columns.fields'),
      render: (_, row) =>
        row.fields.length ? (
          <Flex gap={4} wrap>
            {row.fields.map((name) => (
              <Tag key={name} bordered={false} color="processing">
                {name}
              </Tag>
            ))}
          </Flex>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'ip', title: t('audit.columns.ip'), width: 140, render: (_, row) => row.ip ?? t('common.empty') },
  ];

  const exportColumns: ExportColumn[] = [
    { path: 'at', header: t('audit.columns.at') },
    { path: 'actorLabel', header: t('audit.columns.actor') },
    { path: 'actorKind', header: t('audit.columns.actorKind'), labels: labelsOf(ACTOR_KINDS, (kind) => t(`audit.actorKinds.${kind}`)) },
    { path: 'action', header: t('audit.columns.action'), labels: labelsOf(Object.keys(AUDIT_ACTIONS), (value) => actionLabel(t, value)) },
    { path: 'targetType', header: t('audit.columns.target'), labels: labelsOf(TARGET_TYPES, (type) => t(`audit.targetTypes.${type}`)) },
    { path: 'fields', header: t('audit.columns.fields') },
    { path: 'ip', header: t('audit.columns.ip') },
  ];

  if (!connection && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('audit.title')}
      subTitle={t('audit.subtitle')}
      testId="audit-page"
      extra={
        <ExportButtons
          query={AuditEventListQuery}
          connection="auditEvents"
          variables={{ filter: { actor: actor || null, action: action || null } }}
          columns={exportColumns}
          fileName={t('audit.title')}
          disabled={!connection?.totalCount}
        />
      }
    >
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} md={10} xl={8}>
            <Input.Search
              allowClear
              value={actorInput}
              placeholder={t('audit.actorPlaceholder')}
              enterButton={t('common.search')}
              onChange={(event) => {
                setActorInput(event.target.value);
                if (!event.target.value && actor) setParam('actor', null);
              }}
              onSearch={(value) => setParam('actor', value.trim() || null)}
            />
          </Col>
          <Col xs={24} md={8} xl={6}>
            <Select
              style={{ width: '100%' }}
              allowClear
              placeholder={t('audit.columns.action')}
              value={action ?? undefined}
              options={Object.keys(AUDIT_ACTIONS).map((value) => ({ value, label: actionLabel(t, value) }))}
              onChange={(value: string | undefined) => setParam('action', value ?? null)}
            />
          </Col>
        </Row>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<AuditEvent>
          rowKey="id"
          columns={columns}
          dataSource={connection?.edges.map((edge) => edge.node) ?? []}
          loading={loading && !connection}
          pagination={false}
          scroll={{ x: 1100 }}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('common.total', { count: connection?.totalCount ?? 0 })}</Typography.Text>
          {connection?.pageInfo.hasNextPage ? (
            <Button onClick={() => void loadMore()} loading={loadingMore}>
              {t('audit.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
    </PageContainer>
  );
}
