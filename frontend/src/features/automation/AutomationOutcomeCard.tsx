import { Alert, Card, Descriptions, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutomationOutcomeFieldsFragment as Outcome } from '@/graphql/generated/graphql';
import { clearDifference, percent, points, signed } from './automationLogic';

export const WINDOWS = [30, 90, 180, 365] as const;
const METHODS = ['historical', 'near_threshold', 'same_departments', 'none'] as const;
type Method = (typeof METHODS)[number];

function methodOf(value: string): Method {
  return (METHODS as readonly string[]).includes(value) ? (value as Method) : 'none';
}

interface GroupRow {
  key: 'acted' | 'comparison';
  n: number;
  leavers: number;
  attritionRate?: number | null;
  firstDay?: string | null;
  lastDay?: string | null;
}

/** What came of a rule: who is compared (and why), attrition and output with n and 95% intervals. */
export function AutomationOutcomeCard({ outcome, windowDays, onWindow }: { outcome: Outcome; windowDays: number; onWindow: (days: number) => void }) {
  const { t } = useTranslation();
  const groups: GroupRow[] = [
    { key: 'acted', ...outcome.acted },
    { key: 'comparison', ...outcome.comparison },
  ];
  const attrition = outcome.attrition;
  const effect = (label: string, enough: boolean, value: string, low: string, high: string, clear: boolean, summary: string, testId: string) => (
    <Descriptions.Item label={label}>
      <Space direction="vertical" size={0} data-testid={testId}>
        {enough ? (
          <span>
            {value} <Typography.Text type="secondary">{t('automation.outcome.ci', { low, high })}</Typography.Text>{' '}
            <Tag color={clear ? 'blue' : 'default'}>{clear ? t('automation.outcome.clear') : t('automation.outcome.unclear')}</Tag>
          </span>
        ) : (
          <Typography.Text type="secondary">{t('automation.outcome.tooFew')}</Typography.Text>
        )}
        <Typography.Text type="secondary">{summary}</Typography.Text>
      </Space>
    </Descriptions.Item>
  );
  return (
    <Card
      title={t('automation.outcome.title')}
      data-testid="automation-outcome"
      extra={
        <Segmented
          value={windowDays}
          onChange={(value) => onWindow(Number(value))}
          options={WINDOWS.map((days) => ({ value: days, label: t('automation.outcome.window', { days }) }))}
          data-testid="automation-outcome-window"
        />
      }
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }} data-testid="automation-outcome-method">
          <Tag>{t(`automation.outcome.method.${methodOf(outcome.method)}`)}</Tag> {outcome.methodNote}
        </Typography.Paragraph>
        <Table<GroupRow>
          rowKey="key"
          size="small"
          pagination={false}
          data-testid="automation-outcome-groups"
          dataSource={groups}
          columns={[
            { key: 'group', title: t('automation.outcome.columns.group'), render: (_, row) => t(`automation.outcome.group.${row.key}`) },
            { key: 'n', title: 'n', dataIndex: 'n', align: 'right' },
            { key: 'leavers', title: t('automation.outcome.columns.leavers'), dataIndex: 'leavers', align: 'right' },
            { key: 'rate', title: t('automation.outcome.columns.rate'), align: 'right', render: (_, row) => percent(row.attritionRate) },
            {
              key: 'days',
              title: t('automation.outcome.columns.days'),
              render: (_, row) => (row.firstDay ? (row.firstDay === row.lastDay ? row.firstDay : `${row.firstDay} – ${row.lastDay}`) : '—'),
            },
          ]}
        />
        <Descriptions column={1} size="small" bordered>
          {effect(
            t('automation.outcome.attrition'),
            attrition.enough,
            t('automation.outcome.attritionPoints', { points: points(attrition.difference) }),
            points(attrition.differenceLow),
            points(attrition.differenceHigh),
            clearDifference(attrition.differenceLow, attrition.differenceHigh),
            attrition.summary,
            'automation-outcome-attrition',
          )}
          {[outcome.revenue, outcome.reviewScore].map((change, index) =>
            effect(
              change.measure,
              change.enough,
              t('automation.outcome.did', { value: signed(change.did) }),
              signed(change.didLow),
              signed(change.didHigh),
              clearDifference(change.didLow, change.didHigh),
              change.summary,
              index === 0 ? 'automation-outcome-revenue' : 'automation-outcome-review',
            ),
          )}
        </Descriptions>
        <Typography.Text type="secondary">{t('automation.outcome.minimum', { n: outcome.minimumGroup })}</Typography.Text>
        {outcome.notes.map((note) => (
          <Alert key={note} type="info" showIcon message={note} />
        ))}
      </Space>
    </Card>
  );
}
