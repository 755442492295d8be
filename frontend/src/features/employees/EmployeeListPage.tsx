import { useQuery } from '@apollo/client';
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { EmployeeListQuery as EmployeeListResult } from '@/graphql/generated/graphql';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatMoney } from '@/app/i18n/format';
import { EmployeeForm } from './EmployeeForm';
import { EmployeeListFilters } from './EmployeeListFilters';
import { EmployeeStatusTag } from './EmployeeStatusTag';
import type { EmployeeListState } from './listState';
import { DEFAULT_STATE, PAGE_SIZES, STATUSES, isSortKey, parseListState, resultSetKey, serializeListState, toFilter, toOrder, updateListState } from './listState';
import { rememberCursors, usePageCursor } from './pageCursors';
import { EmployeeListQuery } from './queries';

type Row = NonNullable<EmployeeListResult['employees']>['edges'][number]['node'];

export default function EmployeeListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [hiring, setHiring] = useState(false);
  const withCompensation = can(Permission.compensationRead);
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseListState(params), [params]);
  const cursor = usePageCursor(state);

  const setState = (next: EmployeeListState, replace = false) => setParams(serializeListState(next), { replace });
  const change = (partial: Partial<EmployeeListState>) => setState(updateListState(state, partial));

  const { data, previousData, loading, error, refetch } = useQuery(EmployeeListQuery, {
    variables: {
      first: state.pageSize,
      after: cursor.after ?? null,
      filter: toFilter(state),
      orderBy: toOrder(state),
      withCompensation,
    },
    skip: cursor.after === undefined,
  });
  const connection = (data ?? previousData)?.employees;

  // Remember where this page's items sit, so neighbouring pages need no lookup.
  useEffect(() => {
    if (data?.employees && cursor.after !== undefined) {
      rememberCursors(resultSetKey(state), (state.page - 1) * state.pageSize, data.employees.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  // A deep link past the last page (or a stale page after the data changed) shows page 1.
  useEffect(() => {
    if (cursor.overshoot) setParams(serializeListState({ ...state, page: 1 }), { replace: true });
  }, [cursor.overshoot, state, setParams]);

  const sortOrderOf = (key: string) => (state.sort === key ? (state.order === 'desc' ? 'descend' : 'ascend') : null);

  const columns: TableColumnsType<Row> = [
    {
      key: 'employeeNo',
      title: t('employees.columns.employeeNo'),
      dataIndex: 'employeeNo',
      sorter: true,
      sortOrder: sortOrderOf('employeeNo'),
      width: 150,
      render: (value: string) => <Typography.Text code>{value}</Typography.Text>,
    },
    {
      key: 'name',
      title: t('employees.columns.name'),
      dataIndex: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      render: (_: string, row) => (
        <span>
          <Link to={`/employees/${row.id}`} className="employee-name-link" data-testid="employee-link">
            {row.name}
          </Link>
          {row.isHost ? (
            <Tag color="magenta" bordered={false} style={{ marginInlineStart: 8 }}>
              {t('employees.hostBadge')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    { key: 'department', title: t('employees.columns.department'), render: (_, row) => row.department?.name ?? t('common.empty') },
    { key: 'team', title: t('employees.columns.team'), render: (_, row) => row.team?.name ?? t('common.empty') },
    { key: 'position', title: t('employees.columns.position'), render: (_, row) => row.position?.title ?? t('common.empty') },
    {
      key: 'status',
      title: t('employees.columns.status'),
      dataIndex: 'status',
      width: 110,
      render: (_, row) => <EmployeeStatusTag status={row.status} />,
    },
    {
      key: 'hiredOn',
      title: t('employees.columns.hiredOn'),
      dataIndex: 'hiredOn',
      sorter: true,
      sortOrder: sortOrderOf('hiredOn'),
      width: 150,
      render: (value: string) => formatDate(value, language),
    },
  ];
  // Without compensation.read the column does not exist at all (not even empty).
  if (withCompensation) {
    columns.push({
      key: 'baseSalary',
      title: t('employees.columns.baseSalary'),
      align: 'right',
      width: 140,
      render: (_, row) => (row.baseSalary ? formatMoney(row.baseSalary) : t('common.empty')),
    });
  }

  // The file has the columns the table shows, in its language; salary only when the table has it.
  const exportColumns: ExportColumn[] = [
    { path: 'employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'name', header: t('employees.columns.name') },
    { path: 'department.name', header: t('employees.columns.department') },
    { path: 'team.name', header: t('employees.columns.team') },
    { path: 'position.title', header: t('employees.columns.position') },
    { path: 'status', header: t('employees.columns.status'), labels: labelsOf(STATUSES, (status) => t(`enums.status.${status}`)) },
    { path: 'hiredOn', header: t('employees.columns.hiredOn') },
    ...(withCompensation ? [{ path: 'baseSalary', header: t('employees.columns.baseSalary') }] : []),
  ];

  const onTableChange = (pagination: TablePaginationConfig, _filters: unknown, sorter: SorterResult<Row> | SorterResult<Row>[]) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = single?.order ? single.columnKey : null;
    const sort = isSortKey(key) ? key : null;
    const order = single?.order === 'descend' ? 'desc' : 'asc';
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (sort !== state.sort || (sort && order !== state.order) || pageSize !== state.pageSize) {
      change({ sort, order, pageSize });
    } else if (pagination.current && pagination.current !== state.page) {
      change({ page: pagination.current });
    }
  };

  if (!connection && (error || cursor.error)) {
    return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;
  }

  return (
    <PageContainer
      title={t('employees.title')}
      subTitle={t('employees.subtitle')}
      testId="employee-list-page"
      extra={
        <Space wrap>
          {can(Permission.employeesWrite) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setHiring(true)} data-testid="employee-create">
              {t('employees.actions.create')}
            </Button>
          ) : null}
          <ExportButtons
            query={EmployeeListQuery}
            connection="employees"
            variables={{ filter: toFilter(state), orderBy: toOrder(state), withCompensation }}
            columns={exportColumns}
            fileName={t('employees.title')}
            disabled={!connection?.totalCount}
          />
        </Space>
      }
    >
      <EmployeeForm
        open={hiring}
        onClose={() => setHiring(false)}
        onDone={(id) => {
          setHiring(false);
          void message.success(t('employees.form.saved'));
          navigate(`/employees/${encodeURIComponent(id)}`);
        }}
      />
      <Card>
        <EmployeeListFilters state={state} onChange={change} onReset={() => setState(DEFAULT_STATE)} />
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Row>
          rowKey="id"
          data-testid="employee-table"
          columns={columns}
          dataSource={connection?.edges.map((edge) => edge.node) ?? []}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          scroll={{ x: 960 }}
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
    </PageContainer>
  );
}
