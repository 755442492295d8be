import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, DatePicker, Flex, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { PayrollRunFieldsFragment as Row } from '@/graphql/generated/graphql';
import { Money } from './Money';
import { runCursors } from './pageCursors';
import { PayrollRunCreateForm } from './PayrollRunCreateForm';
import { PayrollRunStatusTag, PayrollScopeText } from './PayrollTags';
import type { RunListState } from './payrollState';
import { monthLabel, PAGE_SIZES, PAYROLL_STATUSES, parseRunListState, runListFilter, serializeRunListState, updateState } from './payrollState';
import { PayrollRunListQuery } from './queries';

/** `/payroll`: every payroll run, newest month first, with its status and totals. */
export default function PayrollRunListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRunListState(params), [params]);
  const cursor = runCursors.usePageCursor(state);
  const [creating, setCreating] = useState(false);

  const change = (partial: Partial<RunListState>) => setParams(serializeRunListState(updateState(state, partial)));

  const { data, previousData, loading, error, refetch } = useQuery(PayrollRunListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: runListFilter(state) },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.payrollRuns;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    if (data?.payrollRuns && cursor.after !== undefined) {
      runCursors.rememberCursors(JSON.stringify(runListFilter(state)), (state.page - 1) * state.pageSize, data.payrollRuns.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) setParams(serializeRunListState({ ...state, page: 1 }), { replace: true });
  }, [cursor.overshoot, state, setParams]);

  const columns: TableColumnsType<Row> = [
    {
      key: 'month',
      title: t('compensation.runs.columns.month'),
      render: (_, row) => (
        <Link to={`/payroll/${encodeURIComponent(row.id)}`} data-testid="payroll-run-link" data-month={row.month}>
          <Typography.Text strong>{monthLabel(row.month, language)}</Typography.Text>
        </Link>
      ),
    },
    { key: 'scope', title: t('compensation.runs.columns.scope'), render: (_, row) => <PayrollScopeText scope={row.scope} name={row.scopeName} /> },
    { key: 'status', title: t('compensation.runs.columns.status'), render: (_, row) => <PayrollRunStatusTag status={row.status} /> },
    { key: 'payslips', title: t('compensation.runs.columns.payslips'), align: 'right', render: (_, row) => row.payslipCount },
    { key: 'base', title: t('compensation.amounts.base'), align: 'right', render: (_, row) => <Money value={row.totalBase} /> },
    { key: 'commission', title: t('compensation.amounts.commission'), align: 'right', render: (_, row) => <Money value={row.totalCommission} /> },
    { key: 'adjustments', title: t('compensation.amounts.adjustments'), align: 'right', render: (_, row) => <Money value={row.totalAdjustments} /> },
    { key: 'gross', title: t('compensation.amounts.gross'), align: 'right', render: (_, row) => <Money value={row.totalGross} strong testId="payroll-run-gross" /> },
    {
      key: 'computedAt',
      title: t('compensation.runs.columns.computedAt'),
      render: (_, row) => <span className="muted">{formatDateTime(row.lockedAt ?? row.computedAt, language) || t('common.empty')}</span>,
    },
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
      title={t('compensation.runs.title')}
      subTitle={t('compensation.runs.subtitle')}
      testId="payroll-run-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={PayrollRunListQuery}
            connection="payrollRuns"
            variables={{ filter: runListFilter(state) }}
            columns={[
              { path: 'month', header: t('compensation.runs.columns.month') },
              { path: 'scopeName', header: t('compensation.runs.columns.scope') },
              { path: 'status', header: t('compensation.runs.columns.status'), labels: labelsOf(PAYROLL_STATUSES, (status) => t(`compensation.status.${status}`)) },
              { path: 'payslipCount', header: t('compensation.runs.columns.payslips') },
              { path: 'totalBase', header: t('compensation.amounts.base') },
              { path: 'totalCommission', header: t('compensation.amounts.commission') },
              { path: 'totalAdjustments', header: t('compensation.amounts.adjustments') },
              { path: 'totalGross', header: t('compensation.amounts.gross') },
              { path: 'computedAt', header: t('compensation.runs.columns.computedAt') },
            ]}
            fileName={t('compensation.runs.title')}
            disabled={!connection?.totalCount}
          />
          {can(Permission.payrollRun) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="payroll-run-create">
              {t('compensation.runs.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <DatePicker
            picker="month"
            placeholder={t('compensation.runs.filters.month')}
            value={state.month ? dayjs(state.month) : null}
            onChange={(value) => change({ month: value ? value.format('YYYY-MM-01') : null })}
            data-testid="payroll-run-filter-month"
          />
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 220 }}
            placeholder={t('compensation.runs.filters.status')}
            value={state.status}
            onChange={(status) => change({ status })}
            options={PAYROLL_STATUSES.map((status) => ({ value: status, label: t(`compensation.status.${status}`) }))}
            data-testid="payroll-run-filter-status"
          />
        </Flex>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Row>
          rowKey="id"
          data-testid="payroll-run-table"
          data-ready={String(Boolean(data) && !loading && cursor.after !== undefined)}
          columns={columns}
          dataSource={rows}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          onRow={(row) => ({ onDoubleClick: () => navigate(`/payroll/${encodeURIComponent(row.id)}`) })}
          scroll={{ x: 1000 }}
          locale={{ emptyText: t('compensation.runs.empty') }}
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
      {can(Permission.payrollRun) ? (
        <PayrollRunCreateForm
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(run) => {
            setCreating(false);
            navigate(`/payroll/${encodeURIComponent(run.id)}`);
          }}
        />
      ) : null}
    </PageContainer>
  );
}
