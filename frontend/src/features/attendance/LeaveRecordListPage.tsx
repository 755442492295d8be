import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDecimal } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { companyToday } from '@/features/traffic/trafficState';
import type { LeaveRecordFieldsFragment as Leave, LeaveStatus } from '@/graphql/generated/graphql';
import { AttendanceNav } from './AttendanceNav';
import { LeaveForm } from './LeaveForm';
import { LeaveStatusTag } from './LeaveStatusTag';
import type { LeaveListState } from './attendanceLogic';
import { canCancelLeave, LEAVE_KINDS, LEAVE_STATUSES, leaveResultSetKey, PAGE_SIZES, parseLeaveListState, serializeLeaveListState, toLeaveFilter, updateListState } from './attendanceLogic';
import { leaveCursors } from './pageCursors';
import { LeaveRecordListQuery } from './queries';
import { useLeaveActions } from './useLeaveActions';

/**
 * `/attendance/leave`: leave records within the row scope, latest start first, filtered by status
 * (`?status=PENDING`); HR records leave and decides pending requests.
 */
export default function LeaveRecordListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const writable = can(Permission.attendanceWrite);
  const today = useMemo(() => companyToday(), []);
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseLeaveListState(params), [params]);
  const cursor = leaveCursors.usePageCursor(state);
  const [recording, setRecording] = useState(false);
  const act = useLeaveActions();
  const { data, previousData, loading, error, refetch } = useQuery(LeaveRecordListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: toLeaveFilter(state) },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.leaveRecords;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount;
  const write = (next: LeaveListState, replace = false) => setParams(serializeLeaveListState(next), { replace });

  useEffect(() => {
    if (data?.leaveRecords && cursor.after !== undefined) {
      leaveCursors.rememberCursors(leaveResultSetKey(state), (state.page - 1) * state.pageSize, data.leaveRecords.edges.map((edge) => edge.cursor));
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

  const columns: TableColumnsType<Leave> = [
    {
      key: 'employee',
      title: t('attendance.columns.employee'),
      render: (_, row) =>
        row.employee ? (
          <Space direction="vertical" size={0}>
            <Link to={`/employees/${encodeURIComponent(row.employee.id)}`}>{row.employee.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.employee.team?.name}
            </Typography.Text>
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'kind', title: t('attendance.leave.columns.kind'), render: (_, row) => t(`attendance.enums.leaveKind.${row.kind}`) },
    {
      key: 'dates',
      title: t('attendance.leave.columns.dates'),
      render: (_, row) => (row.startDate === row.endDate ? formatDate(row.startDate, language) : `${formatDate(row.startDate, language)} – ${formatDate(row.endDate, language)}`),
    },
    { key: 'days', title: t('attendance.leave.columns.days'), align: 'right', render: (_, row) => formatDecimal(row.days, 1) },
    { key: 'status', title: t('attendance.leave.columns.status'), render: (_, row) => <LeaveStatusTag status={row.status} /> },
    { key: 'reason', title: t('attendance.leave.columns.reason'), ellipsis: true, render: (_, row) => row.reason || t('common.empty') },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            width: 220,
            render: (_: unknown, row: Leave) => (
              <Space size={4} wrap>
                {row.status === 'PENDING' ? (
                  <>
                    <Button size="small" type="primary" onClick={() => void act('approve', row.id)} data-testid="leave-approve">
                      {t('attendance.leave.approve')}
                    </Button>
                    <Popconfirm title={t('attendance.leave.rejectConfirm')} onConfirm={() => act('reject', row.id)}>
                      <Button size="small" danger data-testid="leave-reject">
                        {t('attendance.leave.reject')}
                      </Button>
                    </Popconfirm>
                  </>
                ) : null}
                {row.status === 'APPROVED' && canCancelLeave(row.status, row.startDate, today, true) ? (
                  <Popconfirm title={t('attendance.leave.cancelConfirm')} onConfirm={() => act('cancel', row.id)}>
                    <Button size="small" data-testid="leave-cancel">
                      {t('attendance.leave.cancel')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]
      : []),
  ];

  if (!connection && (error || cursor.error)) return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;

  const exportColumns: ExportColumn[] = [
    { path: 'employee.name', header: t('attendance.columns.employee') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.team.name', header: t('attendance.columns.team') },
    { path: 'kind', header: t('attendance.leave.columns.kind'), labels: labelsOf(LEAVE_KINDS, (kind) => t(`attendance.enums.leaveKind.${kind}`)) },
    { path: 'startDate', header: t('attendance.leave.columns.startDate') },
    { path: 'endDate', header: t('attendance.leave.columns.endDate') },
    { path: 'days', header: t('attendance.leave.columns.days') },
    { path: 'status', header: t('attendance.leave.columns.status'), labels: labelsOf(LEAVE_STATUSES, (status) => t(`attendance.enums.leaveStatus.${status}`)) },
    { path: 'reason', header: t('attendance.leave.columns.reason') },
  ];

  return (
    <PageContainer
      title={t('attendance.title')}
      subTitle={t('attendance.leave.subtitle')}
      testId="leave-record-list-page"
      extra={
        writable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="leave-record">
            {t('attendance.leave.record')}
          </Button>
        ) : null
      }
    >
      <AttendanceNav />
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Select<LeaveStatus[]>
            mode="multiple"
            allowClear
            value={state.statuses}
            placeholder={t('attendance.leave.columns.status')}
            onChange={(statuses) => write(updateListState(state, { statuses }))}
            options={LEAVE_STATUSES.map((value) => ({ value, label: t(`attendance.enums.leaveStatus.${value}`) }))}
            style={{ minWidth: 220 }}
            data-testid="leave-filter-status"
          />
          <ExportButtons
            query={LeaveRecordListQuery}
            connection="leaveRecords"
            variables={{ filter: toLeaveFilter(state) }}
            columns={exportColumns}
            fileName={t('attendance.leave.title')}
            disabled={!total}
          />
        </Flex>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Leave>
          rowKey="id"
          data-testid="leave-table"
          columns={columns}
          dataSource={rows}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          scroll={{ x: 1000 }}
          onRow={(row) => ({ 'data-employee': row.employee?.name ?? '', 'data-status': row.status, 'data-reason': row.reason }) as React.HTMLAttributes<HTMLElement>}
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
        <LeaveForm
          mode="record"
          open={recording}
          onClose={() => setRecording(false)}
          onSaved={(leave) => {
            setRecording(false);
            void message.success(t('attendance.leave.recorded', { name: leave.employee?.name ?? '' }));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
