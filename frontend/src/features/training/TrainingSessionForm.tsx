import { useMutation } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { TrainingSessionCreateMutation } from './mutations';

interface SessionValues {
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  location: string;
  trainer: string;
  capacity: number | null;
}

/** Schedules a session of an (active) program; no capacity means no seat limit. */
export function TrainingSessionForm({ programId, open, onClose, onSaved }: { programId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SessionValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading }] = useMutation(TrainingSessionCreateMutation, { refetchQueries: ['TrainingSessionList'] });

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: SessionValues) => {
    setFailure([]);
    if (!values.startsAt || !values.endsAt) return;
    try {
      const { data } = await create({
        variables: {
          input: {
            programId,
            startsAt: values.startsAt.toISOString(),
            endsAt: values.endsAt.toISOString(),
            location: values.location?.trim() || null,
            trainer: values.trainer?.trim() || null,
            capacity: values.capacity ?? null,
          },
        },
      });
      const payload = data?.trainingSessionCreate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.session) onSaved();
      else setFailure([t('training.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('training.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('training.sessions.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="training-session-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-session-error" /> : null}
      <Form<SessionValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="training-session-form">
        <Form.Item name="startsAt" label={t('training.sessions.columns.startsAt')} rules={[{ required: true, message: t('training.required') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} data-testid="training-session-starts" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('training.sessions.columns.endsAt')} rules={[{ required: true, message: t('training.required') }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: 220 }} data-testid="training-session-ends" />
        </Form.Item>
        <Form.Item name="location" label={t('training.sessions.columns.location')}>
          <Input maxLength={120} data-testid="training-session-location" />
        </Form.Item>
        <Form.Item name="trainer" label={t('training.sessions.columns.trainer')}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="capacity" label={t('training.sessions.columns.capacity')} extra={t('training.sessions.capacityHint')}>
          <InputNumber min={1} precision={0} style={{ width: 140 }} data-testid="training-session-capacity" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
