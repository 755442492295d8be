import { BookOutlined, PlusOutlined, StarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Space, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ReviewCycleFieldsFragment as Cycle } from '@/graphql/generated/graphql';
import { ReviewCycleOpenForm } from './ReviewCycleOpenForm';
import { ReviewCycleStatusTag } from './ReviewTags';
import { ReviewCycleListQuery } from './queries';
import { CYCLE_STATUSES } from './reviewLogic';

export function cycleLink(id: string): string {
  return `/performance/cycles/${encodeURIComponent(id)}`;
}

/** `/performance`: the review cycles, newest period first; HR opens new ones here. */
export default function ReviewCycleListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const { data, loading, error, refetch } = useQuery(ReviewCycleListQuery, { variables: { first: 100, after: null }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => data?.reviewCycles?.edges.map((edge) => edge.node) ?? [], [data]);

  const columns: TableColumnsType<Cycle> = [
    {
      key: 'name',
      title: t('performance.cycles.columns.name'),
      render: (_, row) => (
        <Link to={cycleLink(row.id)} data-testid="review-cycle-link">
          {row.name}
        </Link>
      ),
    },
    { key: 'kind', title: t('performance.cycles.columns.kind'), width: 110, render: (_, row) => t(`performance.enums.cycleKind.${row.kind}`) },
    {
      key: 'period',
      title: t('performance.cycles.columns.period'),
      width: 260,
      render: (_, row) => `${formatDate(row.periodStart, language)} – ${formatDate(row.periodEnd, language)}`,
    },
    { key: 'status', title: t('performance.cycles.columns.status'), width: 120, render: (_, row) => <ReviewCycleStatusTag status={row.status} testId="review-cycle-status" /> },
  ];

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('performance.cycles.title')}
      subTitle={t('performance.cycles.subtitle')}
      testId="review-cycle-list-page"
      extra={
        <Space wrap>
          <ExportButtons
            query={ReviewCycleListQuery}
            connection="reviewCycles"
            variables={{}}
            columns={[
              { path: 'name', header: t('performance.cycles.columns.name') },
              { path: 'kind', header: t('performance.cycles.columns.kind'), labels: labelsOf(['MONTHLY', 'QUARTERLY'] as const, (kind) => t(`performance.enums.cycleKind.${kind}`)) },
              { path: 'periodStart', header: t('performance.cycles.columns.periodStart') },
              { path: 'periodEnd', header: t('performance.cycles.columns.periodEnd') },
              { path: 'status', header: t('performance.cycles.columns.status'), labels: labelsOf(CYCLE_STATUSES, (status) => t(`performance.enums.cycleStatus.${status}`)) },
            ]}
            fileName={t('performance.cycles.title')}
            disabled={rows.length === 0}
          />
          {can(Permission.performanceRate) ? (
            <Link to="/performance/team">
              <Button icon={<StarOutlined />}>{t('performance.team.title')}</Button>
            </Link>
          ) : null}
          <Link to="/performance/templates" data-testid="kpi-templates-link">
            <Button icon={<BookOutlined />}>{t('performance.templates.title')}</Button>
          </Link>
          {can(Permission.performanceWrite) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)} data-testid="review-cycle-open">
              {t('performance.open.button')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Card>
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Cycle>
          rowKey="id"
          data-testid="review-cycle-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          scroll={{ x: 700 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Card>
      {can(Permission.performanceWrite) ? (
        <ReviewCycleOpenForm
          open={opening}
          onClose={() => setOpening(false)}
          onOpened={(cycle) => {
            setOpening(false);
            navigate(cycleLink(cycle.id));
          }}
        />
      ) : null}
    </PageContainer>
  );
}
