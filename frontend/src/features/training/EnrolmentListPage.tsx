import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
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
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import type { EnrolmentFieldsFragment as Enrolment, EnrolmentStatus } from '@/graphql/generated/graphql';
import { EnrolmentCompleteForm } from './EnrolmentCompleteForm';
import { EnrolmentStatusTag } from './EnrolmentStatusTag';
import { TrainingNav } from './TrainingNav';
import { programLink } from './TrainingProgramListPage';
import { EnrolmentCancelMutation, EnrolmentCompleteMutation } from './mutations';
import { rememberCursors, usePageCursor } from './pageCursors';
import { EnrolmentListQuery, TrainingProgramListQuery } from './queries';
import type { EnrolmentListState } from './trainingLogic';
import {
  ENROLMENT_STATUSES,
  enrolmentResultSetKey,
  isOpenEnrolment,
  PAGE_SIZES,
  parseEnrolmentListState,
  serializeEnrolmentListState,
  toEnrolmentFilter,
  updateEnrolmentListState,
} from './trainingLogic';

/** Who asked for an enrolment without a plan: the server's `source` (manual, plan, automation). */
function sourceKey(source: string): 'manual' | 'plan' | 'automation' {
  return source === 'plan' || source === 'automation' ? source : 'manual';
}

/**
 * `/training/enrolments`: who takes what, within the viewer's row scope (HR everyone, a lead
 * their teams), filtered by status, program, employee or plan in the URL and paged by cursors;
 * HR records a completion (score), a no-show or a cancellation of an open enrolment.
 */
export default function EnrolmentListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const writable = can(Permission.trainingWrite);
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseEnrolmentListState(params), [params]);
  const cursor = usePageCursor(state);
  const [completing, setCompleting] = useState<Enrolment | null>(null);
  const programs = useQuery(TrainingProgramListQuery, { variables: { first: 100, after: null, filter: null } });
  const [complete] = useMutation(EnrolmentCompleteMutation, { refetchQueries: ['EnrolmentList'] });
  const [cancel] = useMutation(EnrolmentCancelMutation, { refetchQueries: ['EnrolmentList'] });

  const { data, previousData, loading, error, refetch } = useQuery(EnrolmentListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: toEnrolmentFilter(state) },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.enrolments;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount;

  const write = (next: EnrolmentListState, replace = false) => setParams(serializeEnrolmentListState(next), { replace });

  useEffect(() => {
    if (data?.enrolments && cursor.after !== undefined) {
      rememberCursors(enrolmentResultSetKey(state), (state.page - 1) * state.pageSize, data.enrolments.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) write({ ...state, page: 1 }, true);
    // `write` only reads the current params.
  }, [cursor.overshoot, state]);

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) write(updateEnrolmentListState(state, { pageSize }));
    else if (pagination.current && pagination.current !== state.page) write(updateEnrolmentListState(state, { page: pagination.current }));
  };

  /** One outcome-less change (no-show, cancel): the payload's errors, or a success message. */
  const act = async (run: () => Promise<{ errors: { field?: string | null; code: string; message: string }[]; enrolment?: unknown } | null | undefined>, done: string) => {
    try {
      const payload = await run();
      if (payload?.errors.length) void message.error(payload.errors.map((item) => mutationErrorText(t, item)).join(' '));
      else if (payload?.enrolment) void message.success(done);
      else void message.error(t('training.actionFailed'));
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('training.actionFailed'));
    }
  };

  const columns: TableColumnsType<Enrolment> = [
    {
      key: 'employee',
      title: t('training.enrolments.columns.employee'),
      render: (_, row) =>
        row.employee ? (
          <Space direction="vertical" size={0}>
            <Link to={`/employees/${encodeURIComponent(row.employee.id)}`}>{row.employee.name}</Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[row.employee.employeeNo, row.employee.team?.name].filter(Boolean).join(' · ')}
            </Typography.Text>
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    {
      key: 'program',
      title: t('training.enrolments.columns.program'),
      render: (_, row) => (row.program ? <Link to={programLink(row.program.id)}>{row.program.name}</Link> : t('common.empty')),
    },
    {
      key: 'status',
      title: t('training.enrolments.columns.status'),
      width: 130,
      render: (_, row) => (
        <Space size={4} wrap>
          <EnrolmentStatusTag status={row.status} />
          {row.overdue ? <Tag color="red">{t('training.enrolments.overdue')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'session', title: t('training.enrolments.columns.session'), render: (_, row) => (row.session ? formatDate(row.session.startsAt, language) : t('common.empty')) },
    { key: 'plan', title: t('training.enrolments.columns.plan'), render: (_, row) => row.plan?.name ?? t(`training.source.${sourceKey(row.source)}`) },
    { key: 'dueOn', title: t('training.enrolments.columns.dueOn'), width: 120, render: (_, row) => formatDate(row.dueOn, language) || t('common.empty') },
    {
      key: 'score',
      title: t('training.enrolments.columns.score'),
      width: 90,
      align: 'right',
      render: (_, row) => (row.score !== null && row.score !== undefined ? <span data-testid="enrolment-score">{formatDecimal(row.score, 1)}</span> : t('common.empty')),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            width: 250,
            render: (_: unknown, row: Enrolment) =>
              isOpenEnrolment(row.status) ? (
                <Space size={4} wrap>
                  <Button size="small" type="primary" onClick={() => setCompleting(row)} data-testid="enrolment-complete">
                    {t('training.enrolments.complete')}
                  </Button>
                  {row.session ? (
                    <Popconfirm
                      title={t('training.enrolments.noShowConfirm')}
                      onConfirm={() =>
                        act(async () => (await complete({ variables: { input: { id: row.id, outcome: 'NO_SHOW' } } })).data?.enrolmentComplete, t('training.enrolments.noShowDone'))
                      }
                    >
                      <Button size="small" data-testid="enrolment-no-show">
                        {t('training.enrolments.noShow')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  <Popconfirm
                    title={t('training.enrolments.cancelConfirm')}
                    onConfirm={() => act(async () => (await cancel({ variables: { input: { id: row.id } } })).data?.enrolmentCancel, t('training.enrolments.cancelDone'))}
                  >
                    <Button size="small" danger data-testid="enrolment-cancel">
                      {t('training.enrolments.cancel')}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]
      : []),
  ];

  if (!connection && (error || cursor.error)) return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;

  const statusLabels = labelsOf(ENROLMENT_STATUSES, (status) => t(`training.enums.enrolmentStatus.${status}`));
  const exportColumns: ExportColumn[] = [
    { path: 'employee.name', header: t('training.enrolments.columns.employee') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.team.name', header: t('employees.columns.team') },
    { path: 'program.name', header: t('training.enrolments.columns.program') },
    { path: 'status', header: t('training.enrolments.columns.status'), labels: statusLabels },
    { path: 'session.startsAt', header: t('training.enrolments.columns.session') },
    { path: 'plan.name', header: t('training.enrolments.columns.plan') },
    { path: 'assignedOn', header: t('training.enrolments.columns.assignedOn') },
    { path: 'dueOn', header: t('training.enrolments.columns.dueOn') },
    { path: 'completedOn', header: t('training.enrolments.columns.completedOn') },
    { path: 'score', header: t('training.enrolments.columns.score') },
  ];

  return (
    <PageContainer title={t('training.title')} subTitle={t('training.enrolments.subtitle')} testId="enrolment-list-page">
      <TrainingNav />
      <Card>
        <Flex justify="space-between" wrap gap={12} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Select<EnrolmentStatus[]>
              mode="multiple"
              allowClear
              value={state.statuses}
              placeholder={t('training.enrolments.columns.status')}
              onChange={(statuses) => write(updateEnrolmentListState(state, { statuses }))}
              options={ENROLMENT_STATUSES.map((value) => ({ value, label: t(`training.enums.enrolmentStatus.${value}`) }))}
              style={{ minWidth: 200 }}
              data-testid="enrolment-filter-status"
            />
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={state.programId}
              placeholder={t('training.enrolments.columns.program')}
              onChange={(programId: string | undefined) => write(updateEnrolmentListState(state, { programId: programId ?? null }))}
              options={programs.data?.trainingPrograms?.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
              style={{ width: 220 }}
              data-testid="enrolment-filter-program"
            />
            {/* Only people who see others pick one; an employee's list is their own anyway. */}
            {can(Permission.employeesRead) ? (
              <EmployeeSelect
                value={state.employeeId}
                onChange={(employeeId) => write(updateEnrolmentListState(state, { employeeId }))}
                style={{ width: 240 }}
                testId="enrolment-filter-employee"
              />
            ) : null}
            {state.planId ? (
              <Tag closable onClose={() => write(updateEnrolmentListState(state, { planId: null }))}>
                {t('training.enrolments.columns.plan')}: {rows[0]?.plan?.name ?? state.planId}
              </Tag>
            ) : null}
          </Space>
          <ExportButtons
            query={EnrolmentListQuery}
            connection="enrolments"
            variables={{ filter: toEnrolmentFilter(state) }}
            columns={exportColumns}
            fileName={t('training.enrolments.title')}
            disabled={!total}
          />
        </Flex>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<Enrolment>
          rowKey="id"
          data-testid="enrolment-table"
          data-ready={Boolean(data) && !loading && cursor.after !== undefined}
          columns={columns}
          dataSource={rows}
          loading={loading || cursor.after === undefined}
          onChange={onTableChange}
          scroll={{ x: 1100 }}
          onRow={(row) => ({ 'data-status': row.status, 'data-employee': row.employee?.name ?? '', 'data-program': row.program?.name ?? '' }) as React.HTMLAttributes<HTMLElement>}
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
        <EnrolmentCompleteForm
          enrolment={completing}
          onClose={() => setCompleting(null)}
          onDone={(enrolment) => {
            setCompleting(null);
            void message.success(t('training.complete.done', { name: enrolment.employee?.name ?? '' }));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
