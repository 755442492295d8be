import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Modal, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationError } from '@/components/mutationErrors';
import { submitMutation } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import type { EnrolmentFieldsFragment as Enrolment } from '@/graphql/generated/graphql';
import { EnrolmentAssignMutation } from './mutations';
import type { AssignFormValues } from './trainingForms';
import { assignErrors, assignInput } from './trainingForms';

/**
 * Assigns a program to one employee without a session (they are booked on one later), with an
 * optional due day; the server refuses a second open enrolment in the same program.
 */
export function EnrolmentAssignForm({
  program,
  open,
  onClose,
  onAssigned,
}: {
  program: { id: string; name: string };
  open: boolean;
  onClose: () => void;
  onAssigned: (enrolment: Enrolment) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [assign, { loading }] = useMutation(EnrolmentAssignMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: AssignFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation<{ enrolment?: Enrolment | null; errors: readonly MutationError[] }>(
      form,
      t,
      async () => {
        const { data, errors } = await assign({ variables: { input: assignInput(program.id, values) } });
        const payload = data?.enrolmentAssign;
        return { payload: payload && { ...payload, errors: assignErrors(payload.errors, t('training.assign.alreadyOpen')) }, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.enrolment),
      t('training.actionFailed'),
    );
    if (saved?.enrolment) onAssigned(saved.enrolment);
    else setFailure(failed);
  };

  return (
    <Modal
      open={open}
      title={t('training.assign.title')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="training-assign-submit">
            {t('training.assign.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{program.name}</Typography.Paragraph>
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-assign-error" /> : null}
      <Form<AssignFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="training-assign-form">
        <Form.Item name="employeeId" label={t('training.enrolments.columns.employee')} rules={[{ required: true, message: t('training.required') }]}>
          <EmployeeSelect testId="training-assign-employee" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('training.enrolments.columns.dueOn')} extra={t('training.assign.dueHint')}>
          {/* The server refuses a due day in the past. */}
          <DatePicker style={{ width: 180 }} disabledDate={(day) => day.isBefore(dayjs(), 'day')} data-testid="training-assign-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
