import { PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatCount } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { TrainingPlanFieldsFragment as Plan } from '@/graphql/generated/graphql';
import { TrainingNav } from './TrainingNav';
import { TrainingPlanForm } from './TrainingPlanForm';
import { programLink } from './TrainingProgramListPage';
import { TrainingPlanApplyMutation } from './mutations';
import { TrainingPlanListQuery } from './queries';

/** Whom a plan is for, in words: its department, position and hosts-only filters, or everyone. */
function planAudience(t: TFunction, plan: Plan): string {
  const parts = [plan.department?.name, plan.position?.title, plan.hostsOnly ? t('training.plans.hostsOnlyShort') : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('training.plans.everyone');
}

/** `/training/plans`: plans by name; HR creates them and applies one to everyone it matches now. */
export default function TrainingPlanListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const writable = can(Permission.trainingWrite);
  const [creating, setCreating] = useState(false);
  const [applied, setApplied] = useState<Record<string, number>>({});
  const { data, loading, error, refetch } = useQuery(TrainingPlanListQuery, { variables: { first: 100, after: null }, fetchPolicy: 'cache-and-network' });
  const [apply, applying] = useMutation(TrainingPlanApplyMutation, { refetchQueries: ['EnrolmentList'] });
  const rows = useMemo(() => data?.trainingPlans?.edges.map((edge) => edge.node) ?? [], [data]);

  const applyPlan = async (plan: Plan) => {
    try {
      const { data: result } = await apply({ variables: { input: { id: plan.id } } });
      const payload = result?.trainingPlanApply;
      if (payload?.errors.length) {
        void message.error(payload.errors.map((item) => mutationErrorText(t, item)).join(' '));
      } else if (payload?.assigned !== null && payload?.assigned !== undefined) {
        setApplied((before) => ({ ...before, [plan.id]: payload.assigned ?? 0 }));
        void message.success(
          payload.assigned === 0 ? t('training.plans.appliedNone') : t('training.plans.applied', { formatted: formatCount(payload.assigned, language) }),
        );
      } else void message.error(t('training.actionFailed'));
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('training.actionFailed'));
    }
  };

  const columns: TableColumnsType<Plan> = [
    {
      key: 'name',
      title: t('training.plans.columns.name'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{row.name}</Typography.Text>
          {row.description ? <Typography.Text type="secondary">{row.description}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'programs',
      title: t('training.plans.columns.programs'),
      render: (_, row) => (
        <Space wrap size={4}>
          {row.programs.map((program) => (
            <Link key={program.id} to={programLink(program.id)}>
              <Tag>{program.name}</Tag>
            </Link>
          ))}
        </Space>
      ),
    },
    { key: 'audience', title: t('training.plans.columns.audience'), render: (_, row) => planAudience(t, row) },
    {
      key: 'mandatory',
      title: t('training.plans.columns.mandatory'),
      width: 100,
      render: (_, row) => (row.mandatory ? <Tag color="volcano">{t('training.plans.mandatoryTag')}</Tag> : <Tag>{t('training.plans.optionalTag')}</Tag>),
    },
    { key: 'dueDays', title: t('training.plans.columns.dueDays'), width: 110, align: 'right', render: (_, row) => t('training.plans.days', { count: row.dueDays }) },
    {
      key: 'actions',
      title: '',
      width: 200,
      render: (_, row) => (
        <Space direction="vertical" size={2}>
          <Link to={`/training/enrolments?${new URLSearchParams({ plan: row.id }).toString()}`}>{t('training.sessions.enrolments')}</Link>
          {writable ? (
            <Popconfirm title={t('training.plans.applyConfirm', { name: row.name })} onConfirm={() => applyPlan(row)} okText={t('training.plans.apply')} cancelText={t('common.cancel')}>
              <Button size="small" icon={<ThunderboltOutlined />} loading={applying.loading} data-testid="training-plan-apply">
                {t('training.plans.apply')}
              </Button>
            </Popconfirm>
          ) : null}
          {applied[row.id] !== undefined ? (
            <Typography.Text type="success" data-testid="training-plan-applied" data-assigned={applied[row.id]}>
              {t('training.plans.lastApplied', { formatted: formatCount(applied[row.id] ?? 0, language) })}
            </Typography.Text>
          ) : null}
        </Space>
      ),
    },
  ];

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('training.title')}
      subTitle={t('training.plans.subtitle')}
      testId="training-plan-list-page"
      extra={
        writable ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="training-plan-create">
            {t('training.plans.create')}
          </Button>
        ) : null
      }
    >
      <TrainingNav />
      <Card>
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Plan>
          rowKey="id"
          data-testid="training-plan-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Card>
      {writable ? (
        <TrainingPlanForm
          open={creating}
          onClose={() => setCreating(false)}
          onSaved={() => {
            setCreating(false);
            void message.success(t('training.plans.created'));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
