import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitMutation } from '@/components/mutationErrors';
import { DateInput, isoDateItem } from '@/features/contracts/ContractTermsFields';
import { companyToday } from '@/features/traffic/trafficState';
import type { EmployeeDetailsQuery, ExitReason } from '@/graphql/generated/graphql';
import type { TerminateFormValues } from './employeeForms';
import { EXIT_REASONS, INVOLUNTARY_REASONS, terminateInput } from './employeeForms';
import { EmployeeTerminateMutation } from './mutations';

type Employee = NonNullable<EmployeeDetailsQuery['employee']>;

/** Records an exit: the last day, why (the attrition analytics read it) and whether it was their choice. */
export function EmployeeTerminateForm({ open, employee, onClose, onDone }: { open: boolean; employee: Employee; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TerminateFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [terminate, { loading }] = useMutation(EmployeeTerminateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue({ leftOn: companyToday(), reasonCategory: null, voluntary: true });
  }, [open, form]);

  const submit = async (values: TerminateFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation(
      form,
      t,
      async () => {
        const { data, errors } = await terminate({ variables: { input: terminateInput(employee, values) } });
        return { payload: data?.employeeTerminate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.employee),
      t('employees.form.failed'),
    );
    if (saved) onDone();
    else setFailure(failed);
  };

  return (
    <Modal
      open={open}
      title={t('employees.terminate.title', { name: employee.name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button danger type="primary" loading={loading} onClick={() => form.submit()} data-testid="employee-terminate-submit">
            {t('employees.terminate.submit')}
          </Button>
        </Space>
      }
    >
      <Alert type="warning" showIcon message={t('employees.terminate.warning')} style={{ marginBottom: 16 }} />
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="employee-form-error" /> : null}
      <Form<TerminateFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="employee-terminate-form">
        <Form.Item name="leftOn" label={t('employees.terminate.leftOn')} rules={[{ required: true, message: t('employees.form.required', { field: t('employees.terminate.leftOn') }) }]} {...isoDateItem}>
          <DateInput testId="employee-terminate-left-on" />
        </Form.Item>
        <Form.Item name="reasonCategory" label={t('employees.terminate.reason')} rules={[{ required: true, message: t('employees.form.required', { field: t('employees.terminate.reason') }) }]}>
          <Select<ExitReason>
            options={EXIT_REASONS.map((value) => ({ value, label: t(`enums.exitReason.${value}`) }))}
            onChange={(reason) => form.setFieldValue('voluntary', !INVOLUNTARY_REASONS.includes(reason))}
            data-testid="employee-terminate-reason"
          />
        </Form.Item>
        <Form.Item name="voluntary" label={t('employees.terminate.voluntary')}>
          <Radio.Group
            options={[
              { value: true, label: t('employees.history.voluntary') },
              { value: false, label: t('employees.history.involuntary') },
            ]}
            data-testid="employee-terminate-voluntary"
          />
        </Form.Item>
        <Form.Item name="note" label={t('employees.terminate.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="employee-terminate-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
