import { useMutation } from '@apollo/client';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { submitMutation } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import { DateInput, isoDateItem } from '@/features/contracts/ContractTermsFields';
import { companyToday } from '@/features/traffic/trafficState';
import type { EmployeeDetailsQuery } from '@/graphql/generated/graphql';
import type { TransferFormValues } from './employeeForms';
import { transferInput } from './employeeForms';
import { EmployeeTransferMutation } from './mutations';
import { PlacementFields } from './PlacementFields';

type Employee = NonNullable<EmployeeDetailsQuery['employee']>;

/** Moves someone (department, team, position, manager) from a day on, as a transfer or a promotion, optionally with new pay. */
export function EmployeeTransferForm({ open, employee, onClose, onDone }: { open: boolean; employee: Employee; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const withPay = can(Permission.compensationWrite);
  const [form] = Form.useForm<TransferFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [transfer, { loading }] = useMutation(EmployeeTransferMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue({
      effectiveOn: companyToday(),
      departmentId: employee.department?.id ?? null,
      teamId: employee.team?.id ?? null,
      positionId: employee.position?.id ?? null,
      managerId: employee.manager?.id ?? null,
      promotion: false,
    });
  }, [open, employee, form]);

  const submit = async (values: TransferFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation(
      form,
      t,
      async () => {
        const { data, errors } = await transfer({ variables: { input: transferInput(employee, values, { withPii: false, withPay }) } });
        return { payload: data?.employeeTransfer, error: errors?.[0]?.message };
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
      width={720}
      title={t('employees.transfer.title', { name: employee.name })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="employee-transfer-submit">
            {t('employees.transfer.submit')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="employee-form-error" /> : null}
      <Form<TransferFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="employee-transfer-form">
        <Form.Item name="effectiveOn" label={t('employees.transfer.effectiveOn')} rules={[{ required: true, message: t('employees.form.required', { field: t('employees.transfer.effectiveOn') }) }]} {...isoDateItem}>
          <DateInput testId="employee-transfer-effective-on" />
        </Form.Item>
        <PlacementFields form={form} />
        <Form.Item name="managerId" label={t('employees.fields.manager')}>
          <EmployeeSelect testId="employee-transfer-manager" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="promotion" valuePropName="checked">
          <Checkbox data-testid="employee-transfer-promotion">{t('employees.transfer.promotion')}</Checkbox>
        </Form.Item>
        {withPay ? (
          <Form.Item name="newSalary" label={t('employees.transfer.newSalary')}>
            <InputNumber<string> stringMode min="0" step="100" precision={2} style={{ width: '100%' }} data-testid="employee-transfer-new-salary" />
          </Form.Item>
        ) : null}
        <Form.Item name="note" label={t('employees.transfer.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} data-testid="employee-transfer-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
