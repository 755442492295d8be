import { ArrowLeftOutlined, DownloadOutlined, LockOutlined, ReloadOutlined } from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Col, Popconfirm, Row, Space, Statistic, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime, formatMoney } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import { PayrollRunComputeMutation, PayrollRunLockMutation } from './mutations';
import { PayrollAdjustmentPanel } from './PayrollAdjustmentPanel';
import { downloadPayrollExport, payrollExportName } from './payrollExport';
import type { PayrollExportFormat } from './payrollExport';
import { PayrollRunStatusTag, PayrollScopeText } from './PayrollTags';
import type { PayslipListState } from './payrollState';
import { monthLabel, parsePayslipListState, serializePayslipListState, updateState } from './payrollState';
import { PayrollTeamTable } from './PayrollTeamTable';
import { PayslipTable } from './PayslipTable';
import { PayrollRunDetailsQuery } from './queries';

/**
 * `/payroll/:id`: one run from its totals, through its teams, down to each payslip's explained
 * lines; recomputed and locked from here (finance), exported as CSV or Excel.
 */
export default function PayrollRunDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const slips = useMemo(() => parsePayslipListState(params), [params]);
  const [exporting, setExporting] = useState<PayrollExportFormat | null>(null);

  const { data, loading, error, refetch } = useQuery(PayrollRunDetailsQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [compute, computing] = useMutation(PayrollRunComputeMutation);
  const [lock, locking] = useMutation(PayrollRunLockMutation);
  const run = data?.payrollRun;

  const change = useCallback(
    (partial: Partial<PayslipListState>) => setParams(serializePayslipListState(updateState(parsePayslipListState(params), partial))),
    [params, setParams],
  );

  if (!run) {
    if (loading) return <Card loading />;
    if (error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadErrorPage message={error?.message} onRetry={() => void refetch()} />;
  }

  const month = monthLabel(run.month, language);
  const locked = run.status === 'LOCKED';
  const runner = can(Permission.payrollRun);
  const teamName = slips.teamId ? (run.teams.find((team) => team.teamId === slips.teamId)?.teamName ?? null) : null;

  /** After a recompute or lock every number below may have changed: read them again. */
  const reload = async () => {
    await client.refetchQueries({ include: ['PayrollRunDetails', 'PayrollRunPayslips', 'PayrollAdjustmentList', 'HomePayrollStatus', 'PayrollRunList'] });
  };

  const act = async (which: 'compute' | 'lock') => {
    try {
      const result = which === 'compute' ? (await compute({ variables: { input: { id: run.id } } })).data?.payrollRunCompute : (await lock({ variables: { input: { id: run.id } } })).data?.payrollRunLock;
      const failed = result?.errors[0];
      if (failed) message.error(failed.message);
      else if (result?.run) {
        message.success(t(which === 'compute' ? 'compensation.run.recomputed' : 'compensation.run.locked'));
        await reload();
      } else message.error(t('compensation.actionFailed'));
    } catch (reason) {
      message.error(reason instanceof Error ? reason.message : t('compensation.actionFailed'));
    }
  };

  const download = async (format: PayrollExportFormat) => {
    setExporting(format);
    try {
      await downloadPayrollExport(run.id, format, payrollExportName(run.month, run.scope, format));
    } catch (reason) {
      message.error(t('compensation.run.exportFailed', { message: reason instanceof Error ? reason.message : String(reason) }));
    } finally {
      setExporting(null);
    }
  };

  const stamp = run.lockedAt
    ? t('compensation.run.lockedAt', { at: formatDateTime(run.lockedAt, language) })
    : run.computedAt
      ? t('compensation.run.computedAt', { at: formatDateTime(run.computedAt, language) })
      : null;

  return (
    <PageContainer
      title={t('compensation.run.title', { month })}
      subTitle={
        <Space size={8} wrap>
          <PayrollRunStatusTag status={run.status} />
          <PayrollScopeText scope={run.scope} name={run.scopeName} />
          {stamp ? <span>{stamp}</span> : null}
        </Space>
      }
      testId="payroll-run-page"
      extra={
        <Space wrap>
          <Link to="/payroll">
            <Button icon={<ArrowLeftOutlined />}>{t('compensation.run.back')}</Button>
          </Link>
          <Button icon={<DownloadOutlined />} loading={exporting === 'csv'} onClick={() => void download('csv')} data-testid="payroll-export-csv">
            {t('compensation.run.exportCsv')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting === 'xlsx'} onClick={() => void download('xlsx')} data-testid="payroll-export-xlsx">
            {t('compensation.run.exportXlsx')}
          </Button>
          {runner ? (
            <Button icon={<ReloadOutlined />} disabled={locked} loading={computing.loading} onClick={() => void act('compute')} data-testid="payroll-run-recompute">
              {t('compensation.run.recompute')}
            </Button>
          ) : null}
          {runner ? (
            <Popconfirm
              title={t('compensation.run.lockConfirmTitle', { month })}
              description={<div style={{ maxWidth: 320 }}>{t('compensation.run.lockConfirm')}</div>}
              okText={t('compensation.run.lockOk')}
              cancelText={t('common.cancel')}
              onConfirm={() => act('lock')}
              disabled={locked || run.status !== 'COMPUTED'}
              okButtonProps={{ danger: true, 'data-testid': 'payroll-run-lock-confirm' }}
            >
              <Button type="primary" danger icon={<LockOutlined />} disabled={locked || run.status !== 'COMPUTED'} loading={locking.loading} data-testid="payroll-run-lock">
                {t('compensation.run.lock')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    >
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="payroll-run-totals" data-status={run.status}>
        {(
          [
            ['payslips', String(run.payslipCount)],
            ['base', formatMoney(run.totalBase)],
            ['commission', formatMoney(run.totalCommission)],
            ['adjustments', formatMoney(run.totalAdjustments)],
            ['gross', formatMoney(run.totalGross)],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={8} xl={key === 'gross' ? 8 : 4}>
            <Card size="small">
              <Statistic title={t(`compensation.amounts.${key}`)} value={value} valueStyle={key === 'gross' ? { color: '#1677ff' } : undefined} data-testid={`payroll-run-total-${key}`} />
            </Card>
          </Col>
        ))}
      </Row>

      <Card title={t('compensation.run.teams')} extra={<Typography.Text type="secondary">{t('compensation.run.teamsHint')}</Typography.Text>} style={{ marginBottom: 16 }}>
        <PayrollTeamTable teams={run.teams} selectedTeamId={slips.teamId} onSelect={(teamId) => change({ teamId })} />
      </Card>

      <Card title={t('compensation.run.payslips')} style={{ marginBottom: 16 }}>
        <PayslipTable runId={run.id} state={slips} teamName={teamName} onChange={change} />
      </Card>

      <PayrollAdjustmentPanel month={run.month} editable={runner && !locked} />
    </PageContainer>
  );
}
