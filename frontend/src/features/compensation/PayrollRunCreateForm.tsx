import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Modal, Select, Space } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { companyToday } from '@/features/traffic/trafficState';
import type { PayrollRunFieldsFragment } from '@/graphql/generated/graphql';
import { PayrollRunCreateMutation } from './mutations';
import { previousMonth } from './payrollState';
import { PayrollScopeOptionsQuery } from './queries';

interface RunCreateValues {
  month: Dayjs | null;
  departmentId: string | null;
  teamId: string | null;
}

/** A month's run for everyone, a department or a team; the server creates and computes it at once. */
export function PayrollRunCreateForm({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (run: PayrollRunFieldsFragment) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RunCreateValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading }] = useMutation(PayrollRunCreateMutation, { refetchQueries: ['PayrollRunList', 'HomePayrollStatus'] });
  const options = useQuery(PayrollScopeOptionsQuery, { skip: !open });

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: RunCreateValues) => {
    setFailure([]);
    try {
      const { data, errors } = await create({
        variables: {
          input: {
            month: (values.month ?? dayjs()).format('YYYY-MM-01'),
            departmentId: values.departmentId ?? null,
            teamId: values.teamId ?? null,
          },
        },
      });
      const payload = data?.payrollRunCreate;
      // The generic "already taken" would not say what is taken: a run of this month and scope.
      const failures = payload?.errors.map((error) => (error.code === 'DUPLICATE' ? { ...error, code: 'RUN_EXISTS', message: t('compensation.runCreate.duplicate') } : error));
      if (failures?.length) setFailure(showMutationErrors(form, t, failures));
      else if (payload?.run) onCreated(payload.run);
      else setFailure([errors?.[0]?.message ?? t('compensation.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('compensation.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('compensation.runCreate.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="payroll-run-create-submit">
            {t('compensation.runCreate.submit')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="payroll-run-create-error" /> : null}
      <Form<RunCreateValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ month: dayjs(previousMonth(companyToday())), departmentId: null, teamId: null }}
        onFinish={(values) => void submit(values)}
        data-testid="payroll-run-create-form"
      >
        <Form.Item name="month" label={t('compensation.runCreate.month')} rules={[{ required: true, message: t('compensation.runCreate.validation.month') }]}>
          <DatePicker picker="month" style={{ width: '100%' }} data-testid="payroll-run-create-month" />
        </Form.Item>
        <Form.Item name="departmentId" label={t('compensation.runCreate.department')}>
          <Select
            allowClear
            loading={options.loading}
            options={options.data?.departments?.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
            onChange={() => form.setFieldValue('teamId', null)}
            data-testid="payroll-run-create-department"
          />
        </Form.Item>
        <Form.Item name="teamId" label={t('compensation.runCreate.team')} extra={t('compensation.runCreate.scopeHint')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={options.loading}
            options={options.data?.teams?.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
            onChange={() => form.setFieldValue('departmentId', null)}
            data-testid="payroll-run-create-team"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
