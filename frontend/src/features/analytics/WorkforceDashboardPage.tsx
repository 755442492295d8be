import { useQuery } from '@apollo/client';
import { Alert, Card, Col, Row, Skeleton, Table, Tag } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { EfficiencyDashboardQuery, WorkforceDashboardQuery } from './workforceQueries';

// ECharts stays in the lazy charts chunk.
const WorkforceCharts = lazy(() => import('./WorkforceCharts'));

function iso(day: Date): string {
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

/** The first day of the month `months` before this one. */
function monthsBack(today: Date, months: number): string {
  return iso(new Date(today.getFullYear(), today.getMonth() - months, 1));
}

/**
 * `/analytics/workforce`: the last 12 months by department (a lead: by their teams), retention
 * of the last two years' hires by quarter, and, for efficiency.read, revenue per head by
 * department. Every number is the server's, in the viewer's row scope.
 */
export default function WorkforceDashboardPage() {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const today = new Date();
  const period = { from: monthsBack(today, 11), to: iso(today) };
  const companyWide = viewer.rowScope === 'all';
  const variables = { ...period, cohortsFrom: monthsBack(today, 23), by: companyWide ? ('DEPARTMENT' as const) : ('TEAM' as const) };
  const workforce = useQuery(WorkforceDashboardQuery, { variables, errorPolicy: 'all' });
  const showEfficiency = can(Permission.efficiencyRead) && companyWide;
  const efficiency = useQuery(EfficiencyDashboardQuery, { variables: period, skip: !showEfficiency, errorPolicy: 'all' });
  const groups = workforce.data?.workforceBreakdown.groups ?? [];
  const cohorts = workforce.data?.retentionCurves ?? [];
  const eff = efficiency.data?.efficiency;
  const chart = (node: JSX.Element) => <Suspense fallback={<Skeleton active />}>{node}</Suspense>;

  return (
    <PageContainer title={t('workforce.title')} subTitle={t('workforce.subtitle', period)} testId="workforce-dashboard">
      <PartialDataAlert error={workforce.error ?? efficiency.error} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            title={companyWide ? t('workforce.breakdown.titleDepartment') : t('workforce.breakdown.titleTeam')}
            loading={workforce.loading}
            extra={
              <ExportButtons
                query={WorkforceDashboardQuery}
                connection="workforceBreakdown.groups"
                variables={variables}
                columns={[
                  { path: 'label', header: t('workforce.breakdown.group') },
                  { path: 'headcountStart', header: t('workforce.breakdown.headcountStart') },
                  { path: 'headcountEnd', header: t('workforce.breakdown.headcountEnd') },
                  { path: 'hires', header: t('workforce.breakdown.hires') },
                  { path: 'exits', header: t('workforce.breakdown.exits') },
                  { path: 'attritionRatePercent', header: `${t('workforce.breakdown.attrition')} (%)` },
                ]}
                fileName={companyWide ? t('workforce.breakdown.titleDepartment') : t('workforce.breakdown.titleTeam')}
                disabled={!groups.length}
              />
            }
          >
            {chart(<WorkforceCharts breakdown={groups} />)}
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              data-testid="workforce-breakdown-table"
              dataSource={groups}
              columns={[
                { key: 'label', title: t('workforce.breakdown.group'), dataIndex: 'label' },
                { key: 'start', title: t('workforce.breakdown.headcountStart'), dataIndex: 'headcountStart', align: 'right' },
                { key: 'end', title: t('workforce.breakdown.headcountEnd'), dataIndex: 'headcountEnd', align: 'right' },
                { key: 'hires', title: t('workforce.breakdown.hires'), dataIndex: 'hires', align: 'right' },
                { key: 'exits', title: t('workforce.breakdown.exits'), dataIndex: 'exits', align: 'right' },
                {
                  key: 'rate',
                  title: t('workforce.breakdown.attrition'),
                  align: 'right',
                  render: (_, g) => (g.attritionRatePercent === null ? t('common.empty') : `${g.attritionRatePercent}%`),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('workforce.retention.title')} loading={workforce.loading} data-testid="workforce-retention" data-cohorts={cohorts.length}>
            <Alert type="info" showIcon message={t('workforce.retention.note')} style={{ marginBottom: 12 }} />
            {chart(<WorkforceCharts cohorts={cohorts} />)}
          </Card>
        </Col>
        {showEfficiency ? (
          <Col xs={24}>
            <Card title={t('workforce.efficiency.title')} loading={efficiency.loading} data-testid="workforce-efficiency">
              <Alert type="info" showIcon message={t('workforce.efficiency.note')} style={{ marginBottom: 12 }} />
              {eff ? chart(<WorkforceCharts efficiency={{ buckets: eff.buckets, groups: eff.groups }} />) : null}
              {eff ? (
                <div style={{ marginTop: 8 }}>
                  {[...new Set(eff.groups.flatMap((g) => g.revenueSource))].map((source) => (
                    <Tag key={source} data-testid="workforce-revenue-source">
                      {t(`workforce.efficiency.source.${source as "FINANCE" | "TRAFFIC" | "MIXED"}`)}
                    </Tag>
                  ))}
                </div>
              ) : null}
            </Card>
          </Col>
        ) : null}
      </Row>
    </PageContainer>
  );
}
