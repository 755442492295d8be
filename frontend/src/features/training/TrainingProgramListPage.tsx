import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { formatDecimal, formatMoney } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { TrainingCategory, TrainingProgramFieldsFragment as Program } from '@/graphql/generated/graphql';
import { TrainingNav } from './TrainingNav';
import { TrainingProgramForm } from './TrainingProgramForm';
import { TrainingProgramListQuery } from './queries';
import { TRAINING_CATEGORIES } from './trainingLogic';

export function programLink(id: string): string {
  return `/training/programs/${encodeURIComponent(id)}`;
}

/** `/training`: the catalogue (`?q=&category=&retired=1` in the URL); HR adds and edits programs here. */
export default function TrainingProgramListPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const category = (TRAINING_CATEGORIES as readonly string[]).includes(params.get('category') ?? '') ? (params.get('category') as TrainingCategory) : null;
  const withRetired = params.get('retired') === '1';
  const [editing, setEditing] = useState<Program | 'new' | null>(null);
  const filter = { search: search || null, category, active: withRetired ? null : true };
  const { data, loading, error, refetch } = useQuery(TrainingProgramListQuery, {
    variables: { first: 100, after: null, filter },
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(() => data?.trainingPrograms?.edges.map((edge) => edge.node) ?? [], [data]);
  const writable = can(Permission.trainingWrite);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<Program> = [
    { key: 'code', title: t('training.programs.columns.code'), width: 120, render: (_, row) => row.code },
    {
      key: 'name',
      title: t('training.programs.columns.name'),
      render: (_, row) => (
        <Link to={programLink(row.id)} data-testid="training-program-link">
          {row.name}
        </Link>
      ),
    },
    { key: 'category', title: t('training.programs.columns.category'), width: 130, render: (_, row) => t(`training.enums.category.${row.category}`) },
    { key: 'hours', title: t('training.programs.columns.hours'), width: 90, align: 'right', render: (_, row) => formatDecimal(row.hours, 1) },
    { key: 'cost', title: t('training.programs.columns.costPerHead'), width: 130, align: 'right', render: (_, row) => formatMoney(row.costPerHead) },
    {
      key: 'active',
      title: t('training.programs.columns.active'),
      width: 100,
      render: (_, row) => (row.active ? <Tag color="green">{t('training.programs.activeTag')}</Tag> : <Tag>{t('training.programs.retiredTag')}</Tag>),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, row: Program) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(row)} data-testid="training-program-edit">
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
      title={t('training.title')}
      subTitle={t('training.programs.subtitle')}
      testId="training-program-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={TrainingProgramListQuery}
            connection="trainingPrograms"
            variables={{ filter }}
            columns={[
              { path: 'code', header: t('training.programs.columns.code') },
              { path: 'name', header: t('training.programs.columns.name') },
              { path: 'category', header: t('training.programs.columns.category'), labels: labelsOf(TRAINING_CATEGORIES, (value) => t(`training.enums.category.${value}`)) },
              { path: 'hours', header: t('training.programs.columns.hours') },
              { path: 'costPerHead', header: t('training.programs.columns.costPerHead') },
              { path: 'active', header: t('training.programs.columns.active') },
            ]}
            fileName={t('training.programs.title')}
            disabled={rows.length === 0}
          />
          {writable ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="training-program-create">
              {t('training.programs.create')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <TrainingNav />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            defaultValue={search}
            placeholder={t('training.programs.searchPlaceholder')}
            onSearch={(value) => setParam('q', value.trim() || null)}
            style={{ width: 240 }}
            data-testid="training-program-search"
          />
          <Select
            allowClear
            value={category}
            placeholder={t('training.programs.columns.category')}
            onChange={(value: TrainingCategory | undefined) => setParam('category', value ?? null)}
            options={TRAINING_CATEGORIES.map((value) => ({ value, label: t(`training.enums.category.${value}`) }))}
            style={{ width: 160 }}
          />
          <Select
            value={withRetired ? '1' : '0'}
            onChange={(value: string) => setParam('retired', value === '1' ? '1' : null)}
            options={[
              { value: '0', label: t('training.programs.activeOnly') },
              { value: '1', label: t('training.programs.withRetired') },
            ]}
            style={{ width: 160 }}
          />
        </Space>
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Program>
          rowKey="id"
          data-testid="training-program-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          scroll={{ x: 800 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(row) => ({ 'data-code': row.code }) as React.HTMLAttributes<HTMLElement>}
        />
      </Card>
      {writable ? (
        <TrainingProgramForm
          open={editing !== null}
          program={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(program) => {
            const created = editing === 'new';
            setEditing(null);
            if (created) navigate(programLink(program.id));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
