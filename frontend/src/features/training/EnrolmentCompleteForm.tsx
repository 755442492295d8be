import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { EnrolmentFieldsFragment as Enrolment } from '@/graphql/generated/graphql';
import { EnrolmentCompleteMutation } from './mutations';
import { parseScore } from './trainingLogic';

interface CompleteValues {
  score: string;
  completedOn: Dayjs | null;
}

/** Records a completion with its score (0-100); the day defaults to today on the server. */
export function EnrolmentCompleteForm({ enrolment, onClose, onDone }: { enrolment: Enrolment | null; onClose: () => void; onDone: (enrolment: Enrolment) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CompleteValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [complete, { loading }] = useMutation(EnrolmentCompleteMutation, { refetchQueries: ['EnrolmentList'] });

  useEffect(() => {
    if (!enrolment) return;
    setFailure([]);
    form.resetFields();
  }, [enrolment, form]);

  const submit = async (values: CompleteValues) => {
    if (!enrolment) return;
    setFailure([]);
    try {
      const { data } = await complete({
        variables: { input: { id: enrolment.id, outcome: 'COMPLETED', score: values.score.trim(), completedOn: values.completedOn?.format('YYYY-MM-DD') ?? null } },
      });
      const payload = data?.enrolmentComplete;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.enrolment) onDone(payload.enrolment);
      else setFailure([t('training.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('training.actionFailed')]);
    }
  };

  return (
    <Modal
      open={enrolment !== null}
      title={t('training.complete.title')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="enrolment-complete-submit">
            {t('training.complete.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {enrolment?.employee?.name} · {enrolment?.program?.name}
      </Typography.Paragraph>
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="enrolment-complete-error" /> : null}
      <Form<CompleteValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="score"
          label={t('training.enrolments.columns.score')}
          rules={[
            { required: true, message: t('training.required') },
            { validator: (_, value: string | undefined) => (!value || parseScore(value) !== null ? Promise.resolve() : Promise.reject(new Error(t('training.complete.scoreRange')))) },
          ]}
        >
          <Input inputMode="decimal" style={{ width: 140 }} suffix="/ 100" data-testid="enrolment-complete-score" />
        </Form.Item>
        <Form.Item name="completedOn" label={t('training.enrolments.columns.completedOn')} extra={t('training.complete.todayHint')}>
          <DatePicker style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
