import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { showMutationErrors } from '@/components/mutationErrors';
import { TrainingPlanCreateMutation } from './mutations';
import { TrainingPlanTargetsQuery, TrainingProgramListQuery } from './queries';

// Named as TrainingPlanCreateInput's fields, so the server's `errors { field }` land under them.
interface PlanValues {
  name: string;
  programIds: string[];
  description: string;
  mandatory: boolean;
  dueDays: number | null;
  departmentId: string | null;
  positionId: string | null;
  hostsOnly: boolean;
}

/** A plan of programs for everyone matching its filters (none set: everyone). Creating assigns nothing. */
export function TrainingPlanForm({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [form] = Form.useForm<PlanValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading }] = useMutation(TrainingPlanCreateMutation, { refetchQueries: ['TrainingPlanList'] });
  const programs = useQuery(TrainingProgramListQuery, { variables: { first: 100, after: null, filter: { active: true } }, skip: !open });
  const targets = useQuery(TrainingPlanTargetsQuery, { skip: !open || !can(Permission.orgRead) });

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue({ mandatory: true, dueDays: 30, hostsOnly: false, programIds: [] });
  }, [open, form]);

  const submit = async (values: PlanValues) => {
    setFailure([]);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: values.name.trim(),
            programIds: values.programIds,
            description: values.description?.trim() || null,
            mandatory: values.mandatory,
            dueDays: values.dueDays ?? 30,
            departmentId: values.departmentId ?? null,
            positionId: values.positionId ?? null,
            hostsOnly: values.hostsOnly,
          },
        },
      });
      const payload = data?.trainingPlanCreate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.plan) onSaved();
      else setFailure([t('training.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('training.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('training.plans.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="training-plan-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="training-plan-error" /> : null}
      <Form<PlanValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="training-plan-form">
        <Form.Item name="name" label={t('training.plans.columns.name')} rules={[{ required: true, whitespace: true, message: t('training.required') }]}>
          <Input maxLength={120} data-testid="training-plan-name" />
        </Form.Item>
        <Form.Item name="programIds" label={t('training.plans.columns.programs')} rules={[{ required: true, message: t('training.required') }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            loading={programs.loading}
            options={programs.data?.trainingPrograms?.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` }))}
            data-testid="training-plan-programs"
          />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="mandatory" label={t('training.plans.columns.mandatory')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="dueDays" label={t('training.plans.columns.dueDays')} rules={[{ required: true, message: t('training.required') }]}>
            <InputNumber min={1} max={730} precision={0} style={{ width: 120 }} data-testid="training-plan-due-days" />
          </Form.Item>
        </Space>
        <Form.Item name="departmentId" label={t('training.plans.department')}>
          <Select
            allowClear
            optionFilterProp="label"
            showSearch
            placeholder={t('training.plans.anyone')}
            options={targets.data?.departments?.edges.map(({ node }) => ({ value: node.id, label: node.name }))}
          />
        </Form.Item>
        <Form.Item name="positionId" label={t('training.plans.position')}>
          <Select
            allowClear
            optionFilterProp="label"
            showSearch
            placeholder={t('training.plans.anyone')}
            options={targets.data?.positions?.edges.map(({ node }) => ({ value: node.id, label: node.title }))}
          />
        </Form.Item>
        <Form.Item name="hostsOnly" valuePropName="checked">
          <Checkbox>{t('training.plans.hostsOnly')}</Checkbox>
        </Form.Item>
        <Form.Item name="description" label={t('training.programs.description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
