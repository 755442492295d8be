import { BookOutlined, FileAddOutlined, SignatureOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { companyToday } from '@/features/traffic/trafficState';
import type { ContractRowFieldsFragment as Row } from '@/graphql/generated/graphql';
import { ContractCreateForm } from './ContractCreateForm';
import { ContractListFilters } from './ContractListFilters';
import { AwaitingTag, ContractStatusTag } from './ContractTags';
import { CONTRACT_STATUSES, CONTRACT_TYPES, SIGNING_ORDER, daysLeft, daysLeftColor } from './contractLogic';
import type { ContractListState } from './listState';
import { DEFAULT_STATE, PAGE_SIZES, parseListState, resultSetKey, serializeListState, toContractFilter, updateListState } from './listState';
import { rememberCursors, usePageCursor } from './pageCursors';
import { ContractListQuery } from './queries';

/** `/contracts`: every contract one may see (newest first), or those expiring within 30 days (soonest first). */
export default function ContractListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer, can } = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const cursor = usePageCursor(state);
  const today = useMemo(() => companyToday(), []);
  const [creating, setCreating] = useState(false);
  const empty = t('common.empty');

  const setState = (next: ContractListState, replace = false) => setParams(serializeListState(next), { replace });
  const change = (partial: Partial<ContractListState>) => setState(updateListState(state, partial));

  const { data, previousData, loading, error, refetch } = useQuery(ContractListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: toContractFilter(state) },
    skip: cursor.after === undefined,
  });
  const connection = (data ?? previousData)?.contracts;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    if (data?.contracts && cursor.after !== undefined) {
      rememberCursors(resultSetKey(state), (state.page - 1) * state.pageSize, data.contracts.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) setParams(serializeListState({ ...state, page: 1 }), { replace: true });
  }, [cursor.overshoot, state, setParams]);

  const date = (value: string | null | undefined) => (value ? formatDate(value, language) : empty);
  const employeeName = state.employeeId ? (rows.find((row) => row.employee?.id === state.employeeId)?.employee?.name ?? null) : null;

  const columns: TableColumnsType<Row> = [
    {
      key: 'number',
      title: t('contracts.columns.number'),
      width: 170,
      render: (_, row) => (
        <Link to={`/contracts/${encodeURIComponent(row.id)}`} data-testid="contract-link">
          <Typography.Text code>{row.number}</Typography.Text>
        </Link>
      ),
    },
    {
      key: 'employee',
      title: t('contracts.columns.employee'),
      render: (_, row) =>
        row.employee ? (
          <span>
            <Link to={`/employees/${encodeURIComponent(row.employee.id)}`} className="employee-name-link" data-testid="contract-employee">
              {row.employee.name}
            </Link>
            <div className="muted">{[row.employee.employeeNo, row.employee.team?.name].filter(Boolean).join(' · ')}</div>
          </span>
        ) : (
          empty
        ),
    },
    { key: 'type', title: t('contracts.columns.type'), width: 130, render: (_, row) => t(`enums.contractType.${row.contractType}`) },
    {
      key: 'status',
      title: t('contracts.columns.status'),
      width: 190,
      render: (_, row) => (
        <Space size={4} wrap>
          <ContractStatusTag status={row.status} testId="contract-status" />
          {row.latestVersion.awaiting ? <AwaitingTag role={row.latestVersion.awaiting} /> : null}
        </Space>
      ),
    },
    { key: 'startsOn', title: t('contracts.columns.startsOn'), width: 140, render: (_, row) => date(row.startsOn) },
    {
      key: 'endsOn',
      title: t('contracts.columns.endsOn'),
      width: 140,
      render: (_, row) => (row.endsOn ? date(row.endsOn) : <Tag bordered={false}>{t('contracts.openEnded')}</Tag>),
    },
    {
      key: 'daysLeft',
      title: t('contracts.columns.daysLeft'),
      width: 110,
      align: 'right',
      render: (_, row) => {
        const days = daysLeft(row, today);
        if (days === null) return empty;
        return (
          <Tag color={daysLeftColor(days)} bordered={false} style={{ marginInlineEnd: 0 }} data-testid="contract-days-left" data-days={days}>
            {days === 0 ? t('contracts.endsToday') : t('contracts.days', { count: days })}
          </Tag>
        );
      },
    },
  ];

  const exportColumns: ExportColumn[] = [
    { path: 'number', header: t('contracts.columns.number') },
    { path: 'employee.name', header: t('contracts.columns.employee') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.team.name', header: t('employees.columns.team') },
    { path: 'contractType', header: t('contracts.columns.type'), labels: labelsOf(CONTRACT_TYPES, (type) => t(`enums.contractType.${type}`)) },
    { path: 'status', header: t('contracts.columns.status'), labels: labelsOf(CONTRACT_STATUSES, (status) => t(`enums.contractStatus.${status}`)) },
    { path: 'latestVersion.awaiting', header: t('contracts.columns.awaiting'), labels: labelsOf(SIGNING_ORDER, (role) => t(`contracts.awaiting.${role}`)) },
    { path: 'startsOn', header: t('contracts.columns.startsOn') },
    { path: 'endsOn', header: t('contracts.columns.endsOn') },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) change({ pageSize });
    else if (pagination.current && pagination.current !== state.page) change({ page: pagination.current });
  };

  if (!connection && (error || cursor.error)) {
    return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;
  }

  return (
    <PageContainer
      title={t('contracts.title')}
      subTitle={t('contracts.subtitle')}
      testId="contract-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={ContractListQuery}
            connection="contracts"
            variables={{ filter: toContractFilter(state) }}
            columns={exportColumns}
            fileName={t('contracts.title')}
            disabled={!connection?.totalCount}
          />
          {viewer.employee ? (
            <Link to="/me/contracts">
              <Button icon={<SignatureOutlined />}>{t('contracts.mine.title')}</Button>
            </Link>
          ) : null}
          <Link to="/contracts/templates" data-testid="contract-templates-link">
            <Button icon={<BookOutlined />}>{t('contracts.templates.title')}</Button>
          </Link>
          {can(Permission.contractsWrite) ? (
            <Button type="primary" icon={<FileAddOutlined />} onClick={() => setCreating(true)} data-testid="contract-create">
              {t('contracts.create.button')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <ContractListFilters state={state} employeeName={employeeName} onChange={change} onReset={() => setState(DEFAULT_STATE)} />
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Row>
          rowKey="id"
          data-testid="contract-table"
          data-view={state.view}
          data-ready={String(Boolean(data) && !loading && cursor.after !== undefined)}
          columns={columns}
          dataSource={rows}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          scroll={{ x: 1000 }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: connection?.totalCount ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (total, [from, to]) => t('common.range', { from, to, total }),
          }}
        />
      </Card>
      {can(Permission.contractsWrite) ? (
        <ContractCreateForm
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(contract) => {
            setCreating(false);
            navigate(`/contracts/${encodeURIComponent(contract.id)}`);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
