import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { AutomationRuleListQuery as ListData } from '@/graphql/generated/graphql';
import { AutomationNav } from './AutomationNav';
import { AutomationRuleForm } from './AutomationRuleForm';
import { clearDifference, points, triggerWords, type TriggerKind } from './automationLogic';
import { AutomationRuleListQuery } from './queries';

type Rule = NonNullable<ListData['automationRules']>['edges'][number]['node'];

export function ruleLink(id: string): string {
  return `/automation/rules/${encodeURIComponent(id)}`;
}

/** `/automation`: the rules, what each last did, and what came of it (n and the attrition difference); a new rule. */
export default function AutomationRuleListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(AutomationRuleListQuery, { variables: { first: 100, after: null }, fetchPolicy: 'cache-and-network' });
  const rows = useMemo(() => data?.automationRules?.edges.map((edge) => edge.node) ?? [], [data]);

  const columns: TableColumnsType<Rule> = [
    {
      key: 'name',
      title: t('automation.rules.columns.name'),
      render: (_, row) => (
        <Space direction="vertical" size={0}>
          <Link to={ruleLink(row.id)} data-testid="automation-rule-link">
            {row.name}
          </Link>
          {row.enabled ? null : <Tag data-testid="automation-rule-disabled">{t('automation.rules.disabled')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'trigger',
      title: t('automation.rules.columns.trigger'),
      render: (_, row) => {
        const words = triggerWords(row.triggerKind as TriggerKind, row.triggerParams);
        return t(words.key as "automation.trigger.RISK_ABOVE", words.values);
      },
    },
    {
      key: 'actions',
      title: t('automation.rules.columns.actions'),
      render: (_, row) => (
        <Space size={[4, 4]} wrap>
          {row.actions.map((action, index) => (
            <Tag key={index}>{t(`automation.actionKind.${action.kind}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'lastRun',
      title: t('automation.rules.columns.lastRun'),
      render: (_, row) =>
        row.lastRun ? (
          <Space direction="vertical" size={0} data-testid="automation-last-run">
            <span>{formatDateTime(row.lastRun.startedAt, language)}</span>
            <Typography.Text type="secondary">
              {t('automation.runs.summary', { matched: row.lastRun.matched, acted: row.lastRun.acted, skipped: row.lastRun.skipped })}
            </Typography.Text>
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('automation.rules.neverRun')}</Typography.Text>
        ),
    },
    {
      key: 'outcome',
      title: t('automation.rules.columns.outcome'),
      render: (_, row) => {
        const outcome = row.outcome;
        const n = t('automation.outcome.nVs', { acted: outcome.acted.n, comparison: outcome.comparison.n });
        if (!outcome.attrition.enough) {
          return (
            <Space direction="vertical" size={0} data-testid="automation-outcome-cell">
              <Typography.Text type="secondary">{t('automation.outcome.tooFew')}</Typography.Text>
              <Typography.Text type="secondary">{n}</Typography.Text>
            </Space>
          );
        }
        const clear = clearDifference(outcome.attrition.differenceLow, outcome.attrition.differenceHigh);
        return (
          <Space direction="vertical" size={0} data-testid="automation-outcome-cell">
            <span>
              {t('automation.outcome.attritionPoints', { points: points(outcome.attrition.difference) })}{' '}
              <Tag color={clear ? 'blue' : 'default'}>{clear ? t('automation.outcome.clear') : t('automation.outcome.unclear')}</Tag>
            </span>
            <Typography.Text type="secondary">{n}</Typography.Text>
          </Space>
        );
      },
    },
  ];

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('automation.title')}
      subTitle={t('automation.rules.subtitle')}
      testId="automation-rule-list-page"
      extra={
        can(Permission.automationManage) ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="automation-rule-new">
            {t('automation.rules.new')}
          </Button>
        ) : null
      }
    >
      <AutomationNav />
      <Card>
        <PartialDataAlert error={data ? error : undefined} />
        <Table<Rule>
          rowKey="id"
          data-testid="automation-rule-table"
          data-ready={data ? 'true' : 'false'}
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
        />
      </Card>
      <AutomationRuleForm open={creating} onClose={() => setCreating(false)} onDone={(id) => navigate(ruleLink(id))} />
    </PageContainer>
  );
}
