import { useMutation } from '@apollo/client';
import { Alert, Button, Col, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import type { MutationError } from '@/components/mutationErrors';
import { submitMutation } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import { DateInput, isoDateItem } from '@/features/contracts/ContractTermsFields';
import { companyToday } from '@/features/traffic/trafficState';
import type { EmployeeDetailsQuery, EmployeeStatus, EmploymentType, Gender } from '@/graphql/generated/graphql';
import { EmployeeCreateMutation, EmployeeUpdateMutation } from './mutations';
import { PlacementFields } from './PlacementFields';
import type { EmployeeFormValues } from './employeeForms';
import { createInput, EDITABLE_STATUSES, EMPLOYMENT_TYPES, GENDERS, updateInput, valuesOf } from './employeeForms';

type Employee = NonNullable<EmployeeDetailsQuery['employee']>;

/**
 * Hires someone (no `employee`) or edits a record. Only what the viewer may set is offered: ID
 * number and birth date with employees.read_pii, pay and bank with compensation.write. Where
 * someone works changes through a transfer once hired, so editing leaves it out; the server
 * names every field it refuses, and the form shows each under its input.
 */
export function EmployeeForm({ open, employee, onClose, onDone }: { open: boolean; employee?: Employee; onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const withPii = can(Permission.employeesReadPii);
  const withPay = can(Permission.compensationWrite);
  const [form] = Form.useForm<EmployeeFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(EmployeeCreateMutation);
  const [update, updating] = useMutation(EmployeeUpdateMutation);
  const editing = employee !== undefined;

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(employee ? valuesOf(employee) : { employmentType: 'FULL_TIME', hiredOn: companyToday(), isHost: false });
  }, [open, employee, form]);

  const submit = async (values: EmployeeFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation<{ employee?: { id: string } | null; errors: readonly MutationError[] }>(
      form,
      t,
      async () => {
        if (employee) {
          const { data, errors } = await update({ variables: { input: updateInput(employee, values, { withPii, withPay }) } });
          return { payload: data?.employeeUpdate, error: errors?.[0]?.message };
        }
        const { data, errors } = await create({ variables: { input: createInput(values, { withPii, withPay }) } });
        return { payload: data?.employeeCreate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.employee),
      t('employees.form.failed'),
    );
    if (saved?.employee) onDone(saved.employee.id);
    else setFailure(failed);
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t('employees.form.required', { field }) }];

  return (
    <Drawer
      open={open}
      width={720}
      title={editing ? t('employees.form.editTitle', { name: employee.name }) : t('employees.form.createTitle')}
      onClose={onClose}
      maskClosable={false}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="employee-form-submit">
            {editing ? t('employees.form.save') : t('employees.form.create')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="employee-form-error" /> : null}
      <Form<EmployeeFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="employee-form">
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label={t('employees.fields.name')} rules={required(t('employees.fields.name'))}>
              <Input maxLength={100} data-testid="employee-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="employeeNo" label={t('employees.fields.employeeNo')} extra={editing ? undefined : t('employees.form.employeeNoHint')}>
              <Input maxLength={20} data-testid="employee-form-employee-no" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="employmentType" label={t('employees.fields.employmentType')} rules={[{ required: true, message: t('employees.form.required', { field: t('employees.fields.employmentType') }) }]}>
              <Select<EmploymentType>
                disabled={editing}
                options={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`enums.employmentType.${value}`) }))}
                data-testid="employee-form-employment-type"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="hiredOn" label={t('employees.fields.hiredOn')} rules={[{ required: true, message: t('employees.form.required', { field: t('employees.fields.hiredOn') }) }]} {...isoDateItem}>
              <DateInput testId="employee-form-hired-on" />
            </Form.Item>
          </Col>
          {editing && EDITABLE_STATUSES.includes(employee.status) ? (
            <Col xs={24} sm={12}>
              <Form.Item name="status" label={t('employees.fields.status')} extra={t('employees.form.statusHint')}>
                <Select<EmployeeStatus> options={EDITABLE_STATUSES.map((value) => ({ value, label: t(`enums.status.${value}`) }))} data-testid="employee-form-status" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label={t('employees.fields.gender')}>
              <Select<Gender> allowClear options={GENDERS.map((value) => ({ value, label: t(`enums.gender.${value}`) }))} data-testid="employee-form-gender" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="isHost" label={t('employees.fields.isHost')} valuePropName="checked">
              <Switch data-testid="employee-form-is-host" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="phone" label={t('employees.fields.phone')}>
              <Input maxLength={20} data-testid="employee-form-phone" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="email" label={t('employees.fields.email')}>
              <Input maxLength={254} data-testid="employee-form-email" />
            </Form.Item>
          </Col>
          {withPii ? (
            <>
              <Col xs={24} sm={12}>
                <Form.Item name="birthDate" label={t('employees.fields.birthDate')} {...isoDateItem}>
                  <DateInput testId="employee-form-birth-date" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="idNumber" label={t('employees.fields.idNumber')}>
                  <Input maxLength={18} data-testid="employee-form-id-number" />
                </Form.Item>
              </Col>
            </>
          ) : null}
          {withPay ? (
            <>
              <Col xs={24} sm={12}>
                <Form.Item name="baseSalary" label={t('employees.fields.baseSalary')}>
                  <InputNumber<string> stringMode min="0" step="100" precision={2} style={{ width: '100%' }} data-testid="employee-form-base-salary" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={12}>
                <Form.Item name="bankAccount" label={t('employees.fields.bankAccount')}>
                  <Input maxLength={40} data-testid="employee-form-bank-account" />
                </Form.Item>
              </Col>
            </>
          ) : (
            <Col xs={24}>
              <Typography.Paragraph type="secondary">{t('employees.form.payNote')}</Typography.Paragraph>
            </Col>
          )}
        </Row>
        {editing ? (
          <Typography.Paragraph type="secondary">{t('employees.form.placementNote')}</Typography.Paragraph>
        ) : (
          <>
            <PlacementFields form={form} />
            <Form.Item name="managerId" label={t('employees.fields.manager')}>
              <EmployeeSelect testId="employee-form-manager" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
      </Form>
    </Drawer>
  );
}
