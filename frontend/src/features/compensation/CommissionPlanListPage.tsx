import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import { companyToday } from '@/features/traffic/trafficState';
import type { CommissionPlanListQuery } from '@/graphql/generated/graphql';
import { isRuleKind } from './planForm';
import { CommissionPlanListQuery as PlansDocument } from './queries';

type Row = NonNullable<CommissionPlanListQuery['commissionPlans']>['edges'][number]['node'];

function ruleKinds(rules: unknown): string[] {
  const list = (rules as { rules?: unknown } | null)?.rules;
  return Array.isArray(list) ? list.map((rule) => String((rule as { kind?: unknown })?.kind ?? '?')) : [];
}

/** `/commission-plans`: the plans (by name), the kinds of rule in each and how many assignments are in force. */
export default function CommissionPlanListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const today = companyToday();
  const { data, loading, error, refetch } = useQuery(PlansDocument, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const rows = data?.commissionPlans?.edges.map((edge) => edge.node) ?? [];

  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('compensation.plans.columns.name'),
      render: (_, row) => (
        <Link to={`/commission-plans/${encodeURIComponent(row.id)}`} data-testid="plan-link">
          <Typography.Text strong>{row.name}</Typography.Text>
        </Link>
      ),
    },
    { key: 'description', title: t('compensation.plans.columns.description'), render: (_, row) => <span className="muted">{row.description}</span> },
    {
      key: 'rules',
      title: t('compensation.plans.columns.rules'),
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {ruleKinds(row.rules).map((kind, index) => (
            <Tag key={`${kind}-${index}`} bordered={false}>
              {isRuleKind(kind) ? t(`compensation.editor.kinds.${kind}`) : kind}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'assignments',
      title: t('compensation.plans.columns.assignments'),
      align: 'right',
      render: (_, row) => row.assignments.filter((assignment) => !assignment.effectiveTo || assignment.effectiveTo >= today).length,
    },
    { key: 'updatedAt', title: t('compensation.plans.columns.updatedAt'), render: (_, row) => <span className="muted">{formatDateTime(row.updatedAt, language)}</span> },
  ];

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('compensation.plans.title')}
      subTitle={t('compensation.plans.subtitle')}
      testId="plan-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={PlansDocument}
            connection="commissionPlans"
            variables={{}}
            columns={[
              { path: 'name', header: t('compensation.plans.columns.name') },
              { path: 'description', header: t('compensation.plans.columns.description') },
              { path: 'updatedAt', header: t('compensation.plans.columns.updatedAt') },
            ]}
            fileName={t('compensation.plans.title')}
            disabled={rows.length === 0}
          />
          {can(Permission.compensationWrite) ? (
            <Link to="/commission-plans/new">
              <Button type="primary" icon={<PlusOutlined />} data-testid="plan-create">
                {t('compensation.plans.create')}
              </Button>
            </Link>
          ) : null}
        </Space>
      }
    >
      <Card>
        <Table<Row>
          rowKey="id"
          data-testid="plan-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('compensation.plans.empty') }}
        />
      </Card>
    </PageContainer>
  );
}
