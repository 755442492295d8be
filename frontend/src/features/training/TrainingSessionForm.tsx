import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationError } from '@/components/mutationErrors';
import { submitMutation } from '@/components/mutationErrors';
import type { TrainingSessionFieldsFragment as Session } from '@/graphql/generated/graphql';
import { TrainingSessionCreateMutation, TrainingSessionUpdateMutation } from './mutations';
import { TrainingSessionSeatsQuery } from './queries';
import type { SessionFormValues } from './trainingForms';
import { changesSession, sessionCreateInput, sessionUpdateInput, sessionValuesOf } from './trainingForms';

/**
 * Schedules a session of an (active) program, or edits one (`session` given): moves it, changes its
 * place, trainer or seats. No capacity means no seat limit; the server refuses fewer seats than booked.
 */
export function TrainingSessionForm({
  programId,
  session = null,
  open,
  onClose,
  onSaved,
}: {
  programId: string;
  session?: Session | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SessionFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(TrainingSessionCreateMutation, { refetchQueries: ['TrainingSessionList'] });
  // A move may reorder the list (the payload's session updates its row through the cache).
  const [update, updating] = useMutation(TrainingSessionUpdateMutation, { refetchQueries: ['TrainingSessionList'] });
  const seats = useQuery(TrainingSessionSeatsQuery, { variables: { sessionId: session?.id ?? '' }, skip: !open || !session });
  const booked = seats.data?.enrolments?.totalCount;
  const limited = session?.capacity !== null && session?.capacity !== undefined;

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    if (session) form.setFieldsValue(sessionValuesOf(session));
  }, [open, session, form]);

  const submit = async (values: SessionFormValues) => {
    setFailure([]);
    const input = session ? sessionUpdateInput(session, values) : null;
    if (input && !changesSession(input)) {
      onClose();
      return;
    }
    const { saved, failure: failed } = await submitMutation<{ session?: Session | null; errors: readonly MutationError[] }>(
      form,
      t,
      async () => {
        if (input) {
          const { data, errors } = await update({ variables: { input } });
          return { payload: data?.trainingSessionUpdate, error: errors?.[0]?.message };
        }
        const { data, errors } = await create({ variables: { input: sessionCreateInput(programId, values) } });
        return { payload: data?.trainingSessionCreate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.session),
      t('training.actionFailed'),
    );
    if (saved) onSaved();
    else setFailure(failed);
  };

  const capacityHints = [
    !limited ? t('training.sessions.capacityHint') : null,
    session && booked !== undefined ? t('training.sessions.capacityBookedHint', { booked }) : null,
  ].filter(Boolean);

  return (
    <Modal
      open={open}
      title={session ? t('training.sessions.editTitle') : t('training.sessions.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="training-session-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-session-error" /> : null}
      <Form<SessionFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="training-session-form">
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
          <Input maxLength={120} data-testid="training-session-trainer" />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={t('training.sessions.columns.capacity')}
          // The API cannot lift a seat limit once set (an empty capacity means "unchanged").
          rules={limited ? [{ required: true, message: t('training.sessions.capacityKeep') }] : []}
          extra={capacityHints.length ? capacityHints.map((hint) => <div key={hint}>{hint}</div>) : undefined}
        >
          <InputNumber min={1} precision={0} style={{ width: 140 }} data-testid="training-session-capacity" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
