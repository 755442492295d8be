import { ExperimentOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client';
import { Alert, Button, Card, DatePicker, Empty, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyToday } from '@/features/traffic/trafficState';
import { EmployeeSelect } from './EmployeeSelect';
import type { PathError } from './planForm';
import { PayslipLineList } from './PayslipLineList';
import { previousMonth } from './payrollState';
import { CommissionPlanPreviewQuery } from './queries';

/**
 * What the rules being edited would pay a host for a month of their real traffic, line by line
 * with the working; nothing is saved. Invalid rules come back as errors, which the editor also
 * places next to their fields (`onErrors`).
 */
export function CommissionPlanPreviewPanel({ currentRules, onErrors }: { currentRules: () => unknown | null; onErrors: (errors: readonly PathError[]) => void }) {
  const { t } = useTranslation();
  const [hostId, setHostId] = useState<string | null>(null);
  const [month, setMonth] = useState<Dayjs>(() => dayjs(previousMonth(companyToday())));
  const [run, { data, loading, error }] = useLazyQuery(CommissionPlanPreviewQuery, { fetchPolicy: 'no-cache' });
  const preview = data?.commissionPlanPreview;

  const go = async () => {
    const rules = currentRules();
    if (!hostId || rules === null) return;
    const result = await run({ variables: { input: { rules, hostId, month: month.format('YYYY-MM-01') } } });
    onErrors(result.data?.commissionPlanPreview.errors ?? []);
  };

  return (
    <Card title={t('compensation.preview.title')} data-testid="plan-preview">
      <Typography.Paragraph type="secondary">{t('compensation.preview.hint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('compensation.preview.host')} style={{ marginBottom: 12 }}>
          <EmployeeSelect hostsOnly value={hostId} onChange={setHostId} testId="plan-preview-host" />
        </Form.Item>
        <Flex gap={12} align="flex-end">
          <Form.Item label={t('compensation.preview.month')} style={{ marginBottom: 12, flex: 1 }}>
            <DatePicker picker="month" allowClear={false} value={month} onChange={(value) => value && setMonth(value)} style={{ width: '100%' }} data-testid="plan-preview-month" />
          </Form.Item>
          <Form.Item style={{ marginBottom: 12 }}>
            <Button type="primary" icon={<ExperimentOutlined />} disabled={!hostId} loading={loading} onClick={() => void go()} data-testid="plan-preview-run">
              {t('compensation.preview.run')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      {error ? <Alert type="error" showIcon message={error.message} /> : null}
      {preview?.errors.length ? (
        <Alert
          type="error"
          showIcon
          data-testid="plan-preview-errors"
          message={t('compensation.preview.errors')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {preview.errors.map((item) => (
                <li key={`${item.field ?? ''}:${item.message}`}>
                  {item.field ? <Typography.Text code>{item.field}</Typography.Text> : null} {item.message}
                </li>
              ))}
            </ul>
          }
        />
      ) : preview ? (
        <div data-testid="plan-preview-result">
          <PayslipLineList lines={preview.lines} total={preview.total ?? null} testId="plan-preview-lines" />
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compensation.preview.pick')} />
      )}
    </Card>
  );
}
