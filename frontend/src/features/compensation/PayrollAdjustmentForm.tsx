import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { EmployeeSelect } from './EmployeeSelect';
import { PayrollAdjustmentCreateMutation } from './mutations';

interface AdjustmentValues {
  employeeId: string | null;
  amount: string;
  reason: string;
  correctsMonth: Dayjs | null;
}

/** A bonus, deduction or correction paid with `month`'s payslip; the server's errors appear under their fields. */
export function PayrollAdjustmentForm({ month, open, onClose, onAdded }: { month: string; open: boolean; onClose: () => void; onAdded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AdjustmentValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading }] = useMutation(PayrollAdjustmentCreateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: AdjustmentValues) => {
    setFailure([]);
    try {
      const { data, errors } = await create({
        variables: {
          input: {
            employeeId: values.employeeId ?? '',
            month,
            amount: values.amount.trim(),
            reason: values.reason,
            correctsMonth: values.correctsMonth ? values.correctsMonth.format('YYYY-MM-01') : null,
          },
        },
      });
      const payload = data?.payrollAdjustmentCreate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.adjustment) onAdded();
      else setFailure([errors?.[0]?.message ?? t('compensation.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('compensation.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('compensation.adjustments.addTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="payroll-adjustment-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<AdjustmentValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ employeeId: null, amount: '', reason: '', correctsMonth: null }}
        onFinish={(values) => void submit(values)}
        data-testid="payroll-adjustment-form"
      >
        <Form.Item name="employeeId" label={t('compensation.adjustments.employee')} rules={[{ required: true, message: t('compensation.adjustments.validation.employee') }]}>
          <EmployeeSelect testId="payroll-adjustment-employee" />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('compensation.adjustments.amount')}
          extra={t('compensation.adjustments.amountHint')}
          rules={[{ required: true, pattern: /^\s*-?\d+(\.\d{1,2})?\s*$/, message: t('compensation.adjustments.validation.amount') }]}
        >
          <Input inputMode="decimal" prefix="¥" data-testid="payroll-adjustment-amount" />
        </Form.Item>
        <Form.Item name="reason" label={t('compensation.adjustments.reason')} rules={[{ required: true, whitespace: true, message: t('compensation.adjustments.validation.reason') }]}>
          <Input maxLength={200} data-testid="payroll-adjustment-reason" />
        </Form.Item>
        <Form.Item name="correctsMonth" label={t('compensation.adjustments.correctsMonth')} extra={t('compensation.adjustments.correctsMonthHint')}>
          <DatePicker picker="month" style={{ width: '100%' }} data-testid="payroll-adjustment-corrects" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
