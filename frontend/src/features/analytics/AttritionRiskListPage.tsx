import { useQuery } from '@apollo/client';
import { Alert, Card, Flex, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType, TablePaginationConfig } from 'antd';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { AttritionRiskBand, AttritionRiskRowFieldsFragment as Row } from '@/graphql/generated/graphql';
import { AttritionInsightsSection } from './AttritionInsightsSection';
import { rememberCursors, usePageCursor } from './pageCursors';
import { AttritionRiskListQuery } from './queries';
import { RiskBandTag } from './RiskBandTag';
import type { RiskListState } from './riskListState';
import { formatPercent, MIN_SCORE_PRESETS, minScoreOf, PAGE_SIZES, parseRiskListState, riskResultSetKey, serializeRiskListState, updateRiskListState } from './riskListState';

const BANDS: readonly AttritionRiskBand[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * `/analytics/risk`: the people one may see (a lead: their team) by attrition risk, highest
 * first, with the reasons; below it, for a company-wide viewer, the model's card and the cohort
 * insights (the scan compares the whole company, so a lead is not shown it).
 */
export default function AttritionRiskListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseRiskListState(params), [params]);
  const cursor = usePageCursor(state);
  const change = (partial: Partial<RiskListState>) => setParams(serializeRiskListState(updateRiskListState(state, partial)));

  const { data, previousData, loading, error, refetch } = useQuery(AttritionRiskListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, minScore: minScoreOf(state) },
    skip: cursor.after === undefined,
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.attritionRisks;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  useEffect(() => {
    if (data?.attritionRisks && cursor.after !== undefined) {
      rememberCursors(riskResultSetKey(state), (state.page - 1) * state.pageSize, data.attritionRisks.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) setParams(serializeRiskListState({ ...state, page: 1 }), { replace: true });
  }, [cursor.overshoot, state, setParams]);

  const floors = [...new Set([...MIN_SCORE_PRESETS, ...(state.minPercent === null ? [] : [state.minPercent])])].sort((a, b) => a - b);

  const columns: TableColumnsType<Row> = [
    {
      key: 'employee',
      title: t('analytics.risk.columns.employee'),
      render: (_, row) =>
        row.employee ? (
          <Space direction="vertical" size={0}>
            <Link to={`/employees/${row.employee.id}`} data-testid="risk-employee-link">
              <Typography.Text strong>{row.employee.name}</Typography.Text>
            </Link>
            <span className="muted">{row.employee.employeeNo}</span>
          </Space>
        ) : (
          t('common.empty')
        ),
    },
    { key: 'team', title: t('analytics.risk.columns.team'), render: (_, row) => row.employee?.team?.name ?? t('common.empty') },
    {
      key: 'score',
      title: t('analytics.risk.columns.score'),
      align: 'right',
      render: (_, row) => (
        <Typography.Text strong data-testid="risk-score" data-score={row.score}>
          {formatPercent(row.score, language)}
        </Typography.Text>
      ),
    },
    { key: 'band', title: t('analytics.risk.columns.band'), render: (_, row) => <RiskBandTag band={row.band} /> },
    {
      key: 'drivers',
      title: t('analytics.risk.columns.drivers'),
      render: (_, row) =>
        row.drivers.length ? (
          <ul className="risk-drivers" data-testid="risk-drivers" style={{ margin: 0, paddingInlineStart: 18 }}>
            {row.drivers.map((driver) => (
              <li key={driver.feature} data-feature={driver.feature}>
                {driver.text}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('analytics.risk.noDrivers')}</span>
        ),
    },
    { key: 'scoredAt', title: t('analytics.risk.columns.scoredAt'), render: (_, row) => <span className="muted">{formatDateTime(row.scoredAt, language)}</span> },
  ];

  // The file holds what the table shows; each score it hands out is audited like a salary read.
  const exportColumns: ExportColumn[] = [
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.name', header: t('analytics.risk.columns.employee') },
    { path: 'employee.team.name', header: t('analytics.risk.columns.team') },
    { path: 'score', header: t('analytics.risk.columns.score') },
    { path: 'band', header: t('analytics.risk.columns.band'), labels: labelsOf(BANDS, (band) => t(`analytics.band.${band}`)) },
    { path: 'drivers.text', header: t('analytics.risk.columns.drivers') },
    { path: 'scoredAt', header: t('analytics.risk.columns.scoredAt') },
  ];

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) change({ pageSize });
    else if (pagination.current && pagination.current !== state.page) change({ page: pagination.current });
  };

  if (!connection && (error || cursor.error)) {
    return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;
  }

  const companyWide = viewer.rowScope === 'all';

  return (
    <PageContainer title={t('analytics.title')} subTitle={companyWide ? t('analytics.subtitle') : t('analytics.subtitleTeam')} testId="attrition-risk-page">
      <Flex vertical gap={16}>
        <Card title={t('analytics.risk.title')}>
          <Alert type="info" showIcon message={t('analytics.risk.caution')} style={{ marginBottom: 16 }} />
          <Flex gap={12} wrap style={{ marginBottom: 16 }}>
            <Select
              allowClear
              style={{ minWidth: 200 }}
              placeholder={t('analytics.risk.minScore')}
              value={state.minPercent}
              onChange={(value: number | undefined) => change({ minPercent: value ?? null })}
              options={floors.map((percent) => ({ value: percent, label: t('analytics.risk.atLeast', { percent }) }))}
              data-testid="risk-filter-min"
            />
            <ExportButtons
              query={AttritionRiskListQuery}
              connection="attritionRisks"
              variables={{ minScore: minScoreOf(state) }}
              columns={exportColumns}
              fileName={t('analytics.risk.title')}
              disabled={!connection?.totalCount}
            />
          </Flex>
          <PartialDataAlert error={connection ? error : undefined} />
          <Table<Row>
            rowKey={(row) => row.employee?.id ?? `${row.score}-${row.scoredAt}`}
            data-testid="risk-table"
            data-ready={String(Boolean(data) && !loading && cursor.after !== undefined)}
            columns={columns}
            dataSource={rows}
            loading={loading || cursor.after === undefined}
            onChange={onTableChange}
            scroll={{ x: 900 }}
            locale={{ emptyText: t('analytics.risk.empty') }}
            pagination={{
              current: state.page,
              pageSize: state.pageSize,
              total: connection?.totalCount ?? 0,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES.map(String),
              showTotal: (total, [from, to]) => t('common.range', { from, to, total }),
            }}
          />
        </Card>
        {companyWide ? <AttritionInsightsSection /> : null}
      </Flex>
    </PageContainer>
  );
}
