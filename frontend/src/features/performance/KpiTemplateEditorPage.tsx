import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime, formatDecimal } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { KpiTemplateFieldsFragment as Template } from '@/graphql/generated/graphql';
import { KpiTemplateForm } from './KpiTemplateForm';
import { KpiTemplateListQuery, KpiTemplatePositionsQuery } from './queries';

/** `/performance/templates`: every position's KPI template; HR edits their indicators (cycles opened later use them). */
export default function KpiTemplateEditorPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const canWrite = can(Permission.performanceWrite);
  const { data, loading, error, refetch } = useQuery(KpiTemplateListQuery, { fetchPolicy: 'cache-and-network' });
  const positions = useQuery(KpiTemplatePositionsQuery, { skip: !canWrite || !can(Permission.orgRead) });
  const [editing, setEditing] = useState<{ template: Template | null } | null>(null);
  const rows = useMemo(() => data?.kpiTemplates?.edges.map((edge) => edge.node) ?? [], [data]);
  const free = useMemo(() => {
    const taken = new Set(rows.map((row) => row.position?.id));
    return (positions.data?.positions?.edges ?? []).map((edge) => edge.node).filter((position) => !taken.has(position.id));
  }, [rows, positions.data]);

  const columns: TableColumnsType<Template> = [
    { key: 'position', title: t('performance.templates.position'), width: 160, render: (_, row) => <Typography.Text strong>{row.position?.title ?? t('common.empty')}</Typography.Text> },
    { key: 'name', title: t('performance.templates.name'), width: 240, render: (_, row) => row.name },
    {
      key: 'indicators',
      title: t('performance.templates.indicators'),
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.indicators.map((ind) => (
            <Tag key={ind.name} bordered={false}>
              {ind.name} · {formatDecimal(ind.weight, 0)}%
            </Tag>
          ))}
        </Space>
      ),
    },
    { key: 'updatedAt', title: t('performance.templates.updatedAt'), width: 170, render: (_, row) => formatDateTime(row.updatedAt, language) },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: t('performance.columns.actions'),
            width: 100,
            render: (_: unknown, row: Template) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ template: row })} data-testid="kpi-template-edit">
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('performance.templates.title')}
      subTitle={t('performance.templates.subtitle')}
      testId="kpi-template-page"
      extra={
        <Space wrap>
          <Link to="/performance">
            <Button icon={<ArrowLeftOutlined />}>{t('performance.cycles.title')}</Button>
          </Link>
          {canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} disabled={free.length === 0} onClick={() => setEditing({ template: null })} data-testid="kpi-template-create">
              {t('performance.templates.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Template>
          rowKey="id"
          data-testid="kpi-template-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 900 }}
          onRow={(row) => ({ 'data-position': row.position?.title ?? '' }) as HTMLAttributes<HTMLElement>}
        />
      </Card>
      {canWrite ? (
        <KpiTemplateForm
          open={editing !== null}
          template={editing?.template ?? null}
          positions={free}
          onClose={() => setEditing(null)}
          onSaved={(template) => {
            setEditing(null);
            void message.success(t('performance.templates.saved', { name: template.name }));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
