import { DeleteOutlined, PlayCircleOutlined, SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Button, Card, Descriptions, List, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import type { AutomationRuleRunMutation as RunData, AutomationRunFieldsFragment as Run } from '@/graphql/generated/graphql';
import { AutomationNav } from './AutomationNav';
import { AutomationOutcomeCard } from './AutomationOutcomeCard';
import { triggerWords, type TriggerKind } from './automationLogic';
import { AutomationRuleDeleteMutation, AutomationRuleRunMutation, AutomationRuleUpdateMutation } from './mutations';
import { AutomationRuleDetailQuery } from './queries';

type Planned = NonNullable<RunData['automationRuleRun']>['wouldAct'][number];

/**
 * `/automation/rules/:id`: the rule, its outcome over a chosen window and its run log; run it (or
 * dry-run it) now, or delete it (which disables it and keeps its history).
 */
export default function AutomationRuleDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { message } = App.useApp();
  const { can } = useViewer();
  const [windowDays, setWindowDays] = useState(90);
  const [planned, setPlanned] = useState<Planned[] | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { data, loading, error, refetch } = useQuery(AutomationRuleDetailQuery, { variables: { id, windowDays }, fetchPolicy: 'cache-and-network' });
  const [run, running] = useMutation(AutomationRuleRunMutation);
  const [update, updating] = useMutation(AutomationRuleUpdateMutation);
  const [disable, disabling] = useMutation(AutomationRuleDeleteMutation);
  const rule = data?.automationRule;

  const runNow = async (dryRun: boolean) => {
    try {
      const { data: result } = await run({ variables: { input: { id, dryRun } } });
      const payload = result?.automationRuleRun;
      if (!payload) return void message.error(t('automation.actionFailed'));
      if (payload.errors.length) return void message.error(payload.errors.map((item) => mutationErrorText(t, item)).join(' '));
      if (dryRun) {
        setPlanned(payload.wouldAct);
        return;
      }
      const summary = t('automation.runs.summary', { matched: payload.matched, acted: payload.acted, skipped: payload.skipped });
      if (payload.runErrors.length) void message.warning(`${summary} · ${t('automation.runs.failed', { count: payload.runErrors.length })}`);
      else void message.success(summary);
      void refetch();
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('automation.actionFailed'));
    }
  };

  const setEnabled = async (enabled: boolean) => {
    const { data: result } = await update({ variables: { input: { id, enabled } } });
    const errors = result?.automationRuleUpdate?.errors ?? [];
    if (errors.length) void message.error(errors.map((item) => mutationErrorText(t, item)).join(' '));
  };

  const deleteRule = async () => {
    try {
      const { data: result } = await disable({ variables: { input: { id } } });
      const payload = result?.automationRuleDelete;
      if (!payload) return void message.error(t('automation.actionFailed'));
      if (payload.errors.length) return void message.error(payload.errors.map((item) => mutationErrorText(t, item)).join(' '));
      setConfirmingDelete(false);
      void message.success(t('automation.rule.deleted'));
    } catch (reason) {
      void message.error(reason instanceof Error ? reason.message : t('automation.actionFailed'));
    }
  };

  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;
  if (data && !rule) return <NotFoundPage />;
  if (!rule) return <Card loading={loading} />;
  const words = triggerWords(rule.triggerKind as TriggerKind, rule.triggerParams);
  const runs = rule.runs.edges.map((edge) => edge.node);

  return (
    <PageContainer
      title={
        <Space>
          {rule.name}
          {rule.enabled ? null : <Tag data-testid="automation-rule-disabled">{t('automation.rules.disabled')}</Tag>}
        </Space>
      }
      subTitle={rule.description}
      testId="automation-rule-detail-page"
      extra={
        <Space wrap>
          <Button icon={<SearchOutlined />} loading={running.loading} onClick={() => void runNow(true)} data-testid="automation-dry-run">
            {t('automation.rule.dryRun')}
          </Button>
          <Button type="primary" icon={<PlayCircleOutlined />} loading={running.loading} onClick={() => void runNow(false)} data-testid="automation-run-now">
            {t('automation.rule.runNow')}
          </Button>
          {can(Permission.automationManage) ? (
            <Button danger icon={<DeleteOutlined />} onClick={() => setConfirmingDelete(true)} data-testid="automation-rule-delete">
              {t('automation.rule.delete')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <AutomationNav />
      <PartialDataAlert error={data ? error : undefined} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('automation.rules.columns.trigger')}>{t(words.key as "automation.trigger.RISK_ABOVE", words.values)}</Descriptions.Item>
            <Descriptions.Item label={t('automation.rule.cooldown')}>{t('automation.rule.cooldownDays', { days: rule.cooldownDays })}</Descriptions.Item>
            <Descriptions.Item label={t('automation.rules.columns.actions')}>
              <Space direction="vertical" size={0}>
                {rule.actions.map((action, index) => (
                  <span key={index}>
                    <Tag>{t(`automation.actionKind.${action.kind}`)}</Tag>
                    <Typography.Text type="secondary">{Object.values((action.params ?? {}) as Record<string, unknown>).filter((v) => v !== '' && v !== null).join(' · ')}</Typography.Text>
                  </span>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('automation.rule.enabled')}>
              <Switch checked={rule.enabled} loading={updating.loading} onChange={(checked) => void setEnabled(checked)} data-testid="automation-rule-enabled" />
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <AutomationOutcomeCard outcome={rule.outcome} windowDays={windowDays} onWindow={setWindowDays} />
        <Card title={t('automation.runs.title')}>
          <Table<Run>
            rowKey="id"
            size="small"
            data-testid="automation-run-table"
            dataSource={runs}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: 700 }}
            columns={[
              { key: 'startedAt', title: t('automation.runs.columns.startedAt'), render: (_, row) => formatDateTime(row.startedAt, language) },
              { key: 'by', title: t('automation.runs.columns.by'), dataIndex: 'triggeredBy' },
              { key: 'matched', title: t('automation.runs.columns.matched'), dataIndex: 'matched', align: 'right' },
              { key: 'acted', title: t('automation.runs.columns.acted'), dataIndex: 'acted', align: 'right' },
              { key: 'skipped', title: t('automation.runs.columns.skipped'), dataIndex: 'skipped', align: 'right' },
              {
                key: 'error',
                title: t('automation.runs.columns.error'),
                render: (_, row) => (row.error ? <Typography.Text type="danger" style={{ whiteSpace: 'pre-wrap' }}>{row.error}</Typography.Text> : '—'),
              },
            ]}
          />
        </Card>
      </Space>
      <Modal
        open={planned !== null}
        title={t('automation.rule.dryRunTitle', { count: planned?.length ?? 0 })}
        onCancel={() => setPlanned(null)}
        footer={null}
        data-testid="automation-dry-run-result"
      >
        {planned && planned.length === 0 ? (
          <Typography.Text type="secondary" data-testid="automation-dry-run-empty">
            {t('automation.rule.dryRunNone')}
          </Typography.Text>
        ) : (
          <List
            size="small"
            dataSource={planned ?? []}
            renderItem={(item) => (
              <List.Item>
                <Space>
                  <Tag>{t(`automation.actionKind.${item.kind}`)}</Tag>
                  {item.employee ? <Link to={`/employees/${encodeURIComponent(item.employee.id)}`}>{item.employee.name}</Link> : '—'}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Modal>
      <Modal
        open={confirmingDelete}
        title={t('automation.rule.deleteTitle')}
        onCancel={() => setConfirmingDelete(false)}
        data-testid="automation-delete-dialog"
        footer={
          <Space>
            <Button onClick={() => setConfirmingDelete(false)}>{t('common.cancel')}</Button>
            <Button danger type="primary" loading={disabling.loading} onClick={() => void deleteRule()} data-testid="automation-delete-confirm">
              {t('automation.rule.deleteOk')}
            </Button>
          </Space>
        }
      >
        <Typography.Paragraph>{t('automation.rule.deleteBody')}</Typography.Paragraph>
      </Modal>
    </PageContainer>
  );
}
