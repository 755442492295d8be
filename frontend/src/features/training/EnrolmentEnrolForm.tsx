import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import { EnrolmentEnrolMutation } from './mutations';

interface EnrolValues {
  employeeId: string | null;
}

/** Books one employee on a session; the server refuses a full session (CAPACITY) or a second booking. */
export function EnrolmentEnrolForm({
  session,
  onClose,
  onEnrolled,
}: {
  session: { id: string; label: string } | null;
  onClose: () => void;
  onEnrolled: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EnrolValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [enrol, { loading }] = useMutation(EnrolmentEnrolMutation, { refetchQueries: ['TrainingSessionSeats', 'EnrolmentList'] });

  useEffect(() => {
    if (!session) return;
    setFailure([]);
    form.resetFields();
  }, [session, form]);

  const submit = async (values: EnrolValues) => {
    if (!session || !values.employeeId) return;
    setFailure([]);
    try {
      const { data } = await enrol({ variables: { input: { employeeId: values.employeeId, sessionId: session.id } } });
      const payload = data?.enrolmentEnrol;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.enrolment) onEnrolled(payload.enrolment.employee?.name ?? '');
      else setFailure([t('training.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('training.actionFailed')]);
    }
  };

  return (
    <Modal
      open={session !== null}
      title={t('training.enrol.title')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="training-enrol-submit">
            {t('training.enrol.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{session?.label}</Typography.Paragraph>
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-enrol-error" /> : null}
      <Form<EnrolValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)}>
        <Form.Item name="employeeId" label={t('training.enrolments.columns.employee')} rules={[{ required: true, message: t('training.required') }]}>
          <EmployeeSelect testId="training-enrol-employee" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
