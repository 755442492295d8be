import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { TrainingCategory, TrainingProgramFieldsFragment as Program } from '@/graphql/generated/graphql';
import { TrainingProgramCreateMutation, TrainingProgramUpdateMutation } from './mutations';
import { TRAINING_CATEGORIES } from './trainingLogic';

// Named as the mutation's input fields, so the server's `errors { field }` land under them.
interface ProgramValues {
  code: string;
  name: string;
  category: TrainingCategory;
  hours: string | null;
  costPerHead: string | null;
  description: string;
  active: boolean;
}

/** Adds a program to the catalogue, or edits one (`program` given); `active: false` retires it. */
export function TrainingProgramForm({
  open,
  program,
  onClose,
  onSaved,
}: {
  open: boolean;
  program: Program | null;
  onClose: () => void;
  onSaved: (program: Program) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ProgramValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(TrainingProgramCreateMutation, { refetchQueries: ['TrainingProgramList'] });
  const [update, updating] = useMutation(TrainingProgramUpdateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(
      program
        ? { ...program, hours: program.hours, costPerHead: program.costPerHead }
        : { code: '', name: '', category: 'ONBOARDING', hours: null, costPerHead: '0', description: '', active: true },
    );
  }, [open, program, form]);

  const submit = async (values: ProgramValues) => {
    setFailure([]);
    const fields = {
      code: values.code.trim(),
      name: values.name.trim(),
      category: values.category,
      hours: values.hours ?? '',
      costPerHead: values.costPerHead ?? '0',
      description: values.description?.trim() ?? '',
    };
    try {
      const result = program
        ? (await update({ variables: { input: { id: program.id, ...fields, active: values.active } } })).data?.trainingProgramUpdate
        : (await create({ variables: { input: fields } })).data?.trainingProgramCreate;
      if (result?.errors.length) setFailure(showMutationErrors(form, t, result.errors));
      else if (result?.program) onSaved(result.program);
      else setFailure([t('training.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('training.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={program ? t('training.programs.editTitle') : t('training.programs.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="training-program-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-program-error" /> : null}
      <Form<ProgramValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="training-program-form">
        <Form.Item name="code" label={t('training.programs.columns.code')} rules={[{ required: true, whitespace: true, message: t('training.required') }]}>
          <Input maxLength={32} data-testid="training-program-code" />
        </Form.Item>
        <Form.Item name="name" label={t('training.programs.columns.name')} rules={[{ required: true, whitespace: true, message: t('training.required') }]}>
          <Input maxLength={120} data-testid="training-program-name" />
        </Form.Item>
        <Form.Item name="category" label={t('training.programs.columns.category')} rules={[{ required: true }]}>
          <Select
            options={TRAINING_CATEGORIES.map((value) => ({ value, label: t(`training.enums.category.${value}`) }))}
            data-testid="training-program-category"
          />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="hours" label={t('training.programs.columns.hours')} rules={[{ required: true, message: t('training.required') }]}>
            <InputNumber<string> stringMode min="0.1" step="0.5" precision={1} style={{ width: 140 }} data-testid="training-program-hours" />
          </Form.Item>
          <Form.Item name="costPerHead" label={t('training.programs.columns.costPerHead')} rules={[{ required: true, message: t('training.required') }]}>
            <InputNumber<string> stringMode min="0" step="10" precision={2} prefix="¥" style={{ width: 160 }} data-testid="training-program-cost" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('training.programs.description')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {program ? (
          <Form.Item name="active" label={t('training.programs.columns.active')} valuePropName="checked" extra={t('training.programs.activeHint')}>
            <Switch data-testid="training-program-active" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
