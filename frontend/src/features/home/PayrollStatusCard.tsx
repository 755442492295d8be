import { DollarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { Money } from '@/features/compensation/Money';
import { PayrollRunStatusTag, PayrollScopeText } from '@/features/compensation/PayrollTags';
import { monthLabel } from '@/features/compensation/payrollState';
import { HomePayrollStatusQuery } from '@/features/compensation/queries';
import { cardState, DashboardCard } from './DashboardCard';

/** Finance's home card: the latest payroll runs, their status and gross, each a link to its run. */
export function PayrollStatusCard() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error, refetch } = useQuery(HomePayrollStatusQuery, { fetchPolicy: 'cache-and-network' });
  const runs = data?.payrollRuns?.edges.map((edge) => edge.node) ?? [];
  const waiting = runs.filter((run) => run.status !== 'LOCKED').length;

  return (
    <DashboardCard
      cardKey="payrollStatus"
      title={t('home.dashboard.payroll.title')}
      icon={<DollarOutlined />}
      extra={waiting ? <Typography.Text type="warning">{t('home.dashboard.payroll.waiting', { count: waiting })}</Typography.Text> : null}
      to="/payroll"
      linkLabel={t('home.dashboard.payroll.link')}
      state={cardState(loading, Boolean(data?.payrollRuns), error, runs.length === 0)}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.payroll.empty')}
    >
      <List
        size="small"
        dataSource={runs}
        renderItem={(run) => (
          <List.Item data-testid="home-payroll-run" data-status={run.status} style={{ paddingInline: 0 }}>
            <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
              <div style={{ minWidth: 0 }}>
                <Link to={`/payroll/${encodeURIComponent(run.id)}`} data-testid="home-payroll-run-link">
                  <Typography.Text strong>{monthLabel(run.month, language)}</Typography.Text>
                </Link>
                <div className="muted">
                  <PayrollScopeText scope={run.scope} name={run.scopeName} /> · {t('home.dashboard.payroll.payslips', { count: run.payslipCount })}
                </div>
              </div>
              <Flex vertical align="flex-end" gap={2}>
                <Money value={run.totalGross} strong />
                <PayrollRunStatusTag status={run.status} testId="home-payroll-status" />
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </DashboardCard>
  );
}
