import { useQuery } from '@apollo/client';
import { Flex, Input, Table, Tag, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import type { PayrollRunPayslipsQuery } from '@/graphql/generated/graphql';
import { Money } from './Money';
import { payslipCursors, payslipResultKey } from './pageCursors';
import type { RunPayslipState } from './pageCursors';
import { PayslipLineList } from './PayslipLineList';
import type { PayslipListState } from './payrollState';
import { PAGE_SIZES } from './payrollState';
import { PayrollRunPayslipsQuery as PayslipsDocument } from './queries';

type Row = NonNullable<NonNullable<PayrollRunPayslipsQuery['payrollRun']>['payslips']>['edges'][number]['node'];

/**
 * A run's payslips, largest gross first, a page at a time from the server, searchable by name or
 * employee number; each row expands to its explained lines.
 */
export function PayslipTable({
  runId,
  state,
  teamName,
  onChange,
}: {
  runId: string;
  state: PayslipListState;
  teamName: string | null;
  onChange: (change: Partial<PayslipListState>) => void;
}) {
  const { t } = useTranslation();
  const full: RunPayslipState = { ...state, runId };
  const key = payslipResultKey(full);
  const cursor = payslipCursors.usePageCursor(full);
  const [search, setSearch] = useState(state.search);
  useEffect(() => setSearch(state.search), [state.search]);

  const { data, previousData, loading, error } = useQuery(PayslipsDocument, {
    variables: { id: runId, first: state.pageSize, after: cursor.after ?? null, teamId: state.teamId, search: state.search || null },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.payrollRun?.payslips;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    const payslips = data?.payrollRun?.payslips;
    if (payslips && cursor.after !== undefined) {
      payslipCursors.rememberCursors(key, (state.page - 1) * state.pageSize, payslips.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, key, state.page, state.pageSize]);

  useEffect(() => {
    if (cursor.overshoot) onChange({ page: 1 });
  }, [cursor.overshoot, onChange]);

  const columns: TableColumnsType<Row> = [
    {
      key: 'employee',
      title: t('compensation.run.columns.employee'),
      render: (_, row) =>
        row.employee ? (
          <span>
            <Link to={`/employees/${encodeURIComponent(row.employee.id)}`} className="employee-name-link" data-testid="payslip-employee" onClick={(event) => event.stopPropagation()}>
              {row.employee.name}
            </Link>
            <div className="muted">{row.employee.employeeNo}</div>
          </span>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'base', title: t('compensation.amounts.base'), align: 'right', render: (_, row) => <Money value={row.base} /> },
    { key: 'commission', title: t('compensation.amounts.commission'), align: 'right', render: (_, row) => <Money value={row.commission} /> },
    { key: 'adjustments', title: t('compensation.amounts.adjustments'), align: 'right', render: (_, row) => <Money value={row.adjustments} /> },
    { key: 'gross', title: t('compensation.amounts.gross'), align: 'right', render: (_, row) => <Money value={row.gross} strong testId="payslip-gross" /> },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) onChange({ pageSize });
    else if (pagination.current && pagination.current !== state.page) onChange({ page: pagination.current });
  };

  return (
    <div>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => onChange({ search: value.trim() })}
          placeholder={t('compensation.run.search')}
          style={{ maxWidth: 320 }}
          data-testid="payslip-search"
        />
        {state.teamId ? (
          <Tag closable onClose={() => onChange({ teamId: null })} color="blue" data-testid="payslip-team-filter">
            {t('compensation.run.teamFilter', { team: teamName ?? state.teamId })}
          </Tag>
        ) : null}
        <Typography.Text type="secondary">{t('compensation.run.expandHint')}</Typography.Text>
      </Flex>
      <PartialDataAlert error={connection ? error : undefined} />
      <Table<Row>
        rowKey="id"
        data-testid="payslip-table"
        data-ready={String(Boolean(data) && !loading && cursor.after !== undefined)}
        data-total={connection?.totalCount ?? ''}
        columns={columns}
        dataSource={rows}
        loading={loading || cursor.after === undefined}
        onChange={onTableChange}
        scroll={{ x: 760 }}
        expandable={{
          expandRowByClick: true,
          expandedRowRender: (row) => (
            <div style={{ maxWidth: 900 }} data-testid="payslip-detail">
              <PayslipLineList lines={row.lines} total={row.gross} />
            </div>
          ),
        }}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: connection?.totalCount ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (total, [from, to]) => t('common.range', { from, to, total }),
        }}
      />
    </div>
  );
}
