import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, DatePicker, Flex, Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatCount, formatDecimal } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { companyToday } from '@/features/traffic/trafficState';
import type { AttendanceMonthFieldsFragment as Month } from '@/graphql/generated/graphql';
import { AttendanceMonthForm } from './AttendanceMonthForm';
import { AttendanceNav } from './AttendanceNav';
import type { MonthListState } from './attendanceLogic';
import { monthResultSetKey, PAGE_SIZES, parseMonthListState, serializeMonthListState, toMonthFilter, updateListState } from './attendanceLogic';
import { monthCursors } from './pageCursors';
import { AttendanceMonthListQuery } from './queries';

/**
 * `/attendance`: one month's summaries as the time clock reported them (`?month=YYYY-MM`, last
 * month by default), within the viewer's row scope, paged by cursors. HR (attendance.write)
 * records a month by hand or corrects one.
 */
export default function AttendanceMonthListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const writable = can(Permission.attendanceWrite);
  // No row: recording a new month. The row stays while the form closes, so it does not change as it fades.
  const [editing, setEditing] = useState<{ open: boolean; row?: Month }>({ open: false });
  const closeForm = () => setEditing((current) => ({ ...current, open: false }));
  const today = useMemo(() => companyToday(), []);
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseMonthListState(params, today), [params, today]);
  const cursor = monthCursors.usePageCursor(state);
  const { data, previousData, loading, error, refetch } = useQuery(AttendanceMonthListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: toMonthFilter(state) },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.attendanceMonths;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount;
  const write = (next: MonthListState, replace = false) => setParams(serializeMonthListState(next, today), { replace });

  useEffect(() => {
    if (data?.attendanceMonths && cursor.after !== undefined) {
      monthCursors.rememberCursors(monthResultSetKey(state), (state.page - 1) * state.pageSize, data.attendanceMonths.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) write({ ...state, page: 1 }, true);
    // `write` only reads the current params.
  }, [cursor.overshoot, state]);

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) write(updateListState(state, { pageSize }));
    else if (pagination.current && pagination.current !== state.page) write(updateListState(state, { page: pagination.current }));
  };

  const columns: TableColumnsType<Month> = [
    {
      key: 'employee',
      title: t('attendance.columns.employee'),
      fixed: 'left',
      render: (_, row) =>
        row.employee ? <Link to={`/employees/${encodeURIComponent(row.employee.id)}`}>{row.employee.name}</Link> : t('common.empty'),
    },
    { key: 'team', title: t('attendance.columns.team'), render: (_, row) => row.employee?.team?.name ?? t('common.empty') },
    {
      key: 'worked',
      title: t('attendance.months.columns.worked'),
      align: 'right',
      render: (_, row) => `${formatDecimal(row.workedDays, 1)} / ${formatDecimal(row.scheduledDays, 1)}`,
    },
    {
      key: 'late',
      title: t('attendance.months.columns.lateCount'),
      align: 'right',
      render: (_, row) => (
        <span data-testid="attendance-late">
          {formatCount(row.lateCount, language)}
          {row.lateMinutes ? <Typography.Text type="secondary">{` (${t('attendance.months.minutes', { count: row.lateMinutes })})`}</Typography.Text> : null}
        </span>
      ),
    },
    { key: 'overtime', title: t('attendance.months.columns.overtime'), align: 'right', render: (_, row) => formatDecimal(row.overtimeHours, 1) },
    {
      key: 'absent',
      title: t('attendance.months.columns.absent'),
      align: 'right',
      render: (_, row) => (Number(row.absentDays) > 0 ? <Typography.Text type="danger">{formatDecimal(row.absentDays, 1)}</Typography.Text> : formatDecimal(row.absentDays, 1)),
    },
    { key: 'source', title: t('attendance.months.columns.source'), render: (_, row) => row.source },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, row: Month) =>
              row.employee ? (
                <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ open: true, row })} data-testid="attendance-month-edit">
                  {t('attendance.record.edit')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  if (!connection && (error || cursor.error)) return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;

  const exportColumns: ExportColumn[] = [
    { path: 'employee.name', header: t('attendance.columns.employee') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.team.name', header: t('attendance.columns.team') },
    { path: 'month', header: t('attendance.months.month') },
    { path: 'scheduledDays', header: t('attendance.months.columns.scheduled') },
    { path: 'workedDays', header: t('attendance.months.columns.worked') },
    { path: 'lateCount', header: t('attendance.months.columns.lateCount') },
    { path: 'lateMinutes', header: t('attendance.months.columns.lateMinutes') },
    { path: 'overtimeHours', header: t('attendance.months.columns.overtime') },
    { path: 'absentDays', header: t('attendance.months.columns.absent') },
  ];

  return (
    <PageContainer
      title={t('attendance.title')}
      subTitle={t('attendance.months.subtitle')}
      testId="attendance-month-list-page"
      extra={
        writable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ open: true })} data-testid="attendance-month-record">
            {t('attendance.record.action')}
          </Button>
        ) : null
      }
    >
      <AttendanceNav />
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <DatePicker
            picker="month"
            allowClear={false}
            value={dayjs(`${state.month}-01`)}
            onChange={(value) => value && write(updateListState(state, { month: value.format('YYYY-MM') }))}
            disabledDate={(value) => value.format('YYYY-MM') > today.slice(0, 7)}
            data-testid="attendance-month-picker"
          />
          <ExportButtons
            query={AttendanceMonthListQuery}
            connection="attendanceMonths"
            variables={{ filter: toMonthFilter(state) }}
            columns={exportColumns}
            fileName={`${t('attendance.months.title')} ${state.month}`}
            disabled={!total}
          />
        </Flex>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Month>
          rowKey="id"
          data-testid="attendance-month-table"
          columns={columns}
          dataSource={rows}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          scroll={{ x: 900 }}
          onRow={(row) => ({ 'data-employee': row.employee?.name ?? '' }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('attendance.months.none') }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES.map(String),
            showTotal: (count, [from, to]) => t('common.range', { from, to, total: count }),
          }}
        />
      </Card>
      {writable ? (
        <AttendanceMonthForm
          open={editing.open}
          row={editing.row}
          month={state.month}
          thisMonth={today.slice(0, 7)}
          onClose={closeForm}
          onSaved={(month) => {
            closeForm();
            void message.success(t('attendance.record.saved', { month }));
            // Show the month just saved, wherever the list was.
            if (month !== state.month) write(updateListState(state, { month }));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
