import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { HrTaskListQuery as ListData } from '@/graphql/generated/graphql';
import { AutomationNav } from './AutomationNav';
import { HrTaskCompleteMutation } from './mutations';
import { HrTaskListQuery } from './queries';

type Task = NonNullable<ListData['hrTasks']>['edges'][number]['node'];
const FILTERS = ['OPEN', 'DONE', 'ALL'] as const;
const STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
const PAGE_SIZE = 20;

/** `/automation/tasks`: the HR tasks rules created (stay interviews, renewal talks), open first by due date. */
export default function HrTaskListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const [shown, setShown] = useState<(typeof FILTERS)[number]>('OPEN');
  // Keyset pages: the cursors of the pages already seen, so "previous" needs no offset.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const filter = shown === 'ALL' ? null : { status: shown };
  const after = cursors[cursors.length - 1] ?? null;
  const { data, loading, error, refetch } = useQuery(HrTaskListQuery, { variables: { first: PAGE_SIZE, after, filter }, fetchPolicy: 'cache-and-network' });
  const [complete, completing] = useMutation(HrTaskCompleteMutation);
  const rows = useMemo(() => data?.hrTasks?.edges.map((edge) => edge.node) ?? [], [data]);

  const done = async (task: Task) => {
    const { data: result } = await complete({ variables: { input: { id: task.id } } });
    const errors = result?.hrTaskComplete?.errors ?? [];
    if (errors.length) void message.error(errors.map((item) => mutationErrorText(t, item)).join(' '));
    else void refetch();
  };

  const columns: TableColumnsType<Task> = [
    { key: 'title', title: t('automation.tasks.columns.title'), render: (_, row) => <span data-testid="hr-task-title">{row.title}</span> },
    {
      key: 'employee',
      title: t('automation.tasks.columns.employee'),
      render: (_, row) => (row.employee ? <Link to={`/employees/${encodeURIComponent(row.employee.id)}`}>{row.employee.name}</Link> : '—'),
    },
    { key: 'due', title: t('automation.tasks.columns.due'), width: 140, render: (_, row) => formatDate(row.dueOn, language) },
    {
      key: 'assignee',
      title: t('automation.tasks.columns.assignee'),
      render: (_, row) => row.assigneeEmail ?? <Typography.Text type="secondary">{t('automation.tasks.unassigned')}</Typography.Text>,
    },
    {
      key: 'status',
      title: t('automation.tasks.columns.status'),
      width: 120,
      render: (_, row) => <Tag color={row.status === 'OPEN' ? 'gold' : 'green'} data-testid="hr-task-status">{t(`automation.tasks.status.${row.status}`)}</Tag>,
    },
    {
      key: 'actions',
      title: '',
      width: 120,
      render: (_, row) =>
        row.status === 'OPEN' ? (
          <Button size="small" icon={<CheckOutlined />} loading={completing.loading} onClick={() => void done(row)} data-testid="hr-task-complete">
            {t('automation.tasks.complete')}
          </Button>
        ) : null,
    },
  ];

  const exportColumns: ExportColumn[] = [
    { path: 'title', header: t('automation.tasks.columns.title') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.name', header: t('automation.tasks.columns.employee') },
    { path: 'dueOn', header: t('automation.tasks.columns.due') },
    { path: 'assigneeEmail', header: t('automation.tasks.columns.assignee') },
    { path: 'status', header: t('automation.tasks.columns.status'), labels: labelsOf(STATUSES, (status) => t(`automation.tasks.status.${status}`)) },
    { path: 'description', header: t('automation.tasks.columns.description') },
  ];
  const total = data?.hrTasks?.totalCount ?? 0;

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('automation.title')} subTitle={t('automation.tasks.subtitle')} testId="hr-task-list-page">
      <AutomationNav />
      <Card
        extra={
          <Flex gap={12} wrap>
            <Segmented
              value={shown}
              onChange={(value) => {
                setShown(value as (typeof FILTERS)[number]);
                setCursors([null]);
              }}
              options={FILTERS.map((key) => ({ value: key, label: t(`automation.tasks.filter.${key}`) }))}
              data-testid="hr-task-filter"
            />
            <ExportButtons query={HrTaskListQuery} connection="hrTasks" variables={{ filter }} columns={exportColumns} fileName={t('automation.tasks.title')} disabled={!total} />
          </Flex>
        }
        title={
          <span data-testid="hr-task-count" data-count={data?.hrTasks?.totalCount ?? ''}>
            {t('automation.tasks.count', { count: data?.hrTasks?.totalCount ?? 0 })}
          </span>
        }
      >
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Task>
          rowKey="id"
          data-testid="hr-task-table"
          data-ready={data ? 'true' : 'false'}
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          scroll={{ x: 800 }}
          pagination={false}
        />
        {cursors.length > 1 || data?.hrTasks?.pageInfo.hasNextPage ? (
          <Flex justify="end" gap={8} style={{ marginTop: 16 }}>
            <Button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))} data-testid="hr-task-page-previous">
              {t('common.previous')}
            </Button>
            <Button
              disabled={!data?.hrTasks?.pageInfo.hasNextPage}
              onClick={() => data?.hrTasks?.pageInfo.endCursor && setCursors([...cursors, data.hrTasks.pageInfo.endCursor])}
              data-testid="hr-task-page-next"
            >
              {t('common.next')}
            </Button>
          </Flex>
        ) : null}
      </Card>
    </PageContainer>
  );
}
