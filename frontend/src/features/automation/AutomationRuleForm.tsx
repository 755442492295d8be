import { useMutation } from '@apollo/client';
import { Alert, Button, Col, Divider, Drawer, Form, Input, InputNumber, Row, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { submitMutation } from '@/components/mutationErrors';
import { ActionListFields, TriggerFields } from './AutomationRuleFields';
import { AutomationRuleCreateMutation } from './mutations';
import type { RuleFormValues } from './ruleForm';
import { createInput, newRule } from './ruleForm';

/**
 * A new rule: its trigger with that kind's parameters, one or more actions with theirs, the
 * cooldown, and whether it runs daily. The server checks it whole and names every field it
 * refuses; the form shows each under its input and stays open with what was typed.
 */
export function AutomationRuleForm({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(AutomationRuleCreateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(newRule());
  }, [open, form]);

  const submit = async (values: RuleFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation(
      form,
      t,
      async () => {
        const { data, errors } = await create({ variables: { input: createInput(values) } });
        return { payload: data?.automationRuleCreate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.rule),
      t('automation.form.failed'),
    );
    if (saved?.rule) onDone(saved.rule.id);
    else setFailure(failed);
  };

  return (
    <Drawer
      open={open}
      width={760}
      title={t('automation.form.createTitle')}
      onClose={onClose}
      maskClosable={false}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading} onClick={() => form.submit()} data-testid="automation-form-submit">
            {t('automation.form.create')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="automation-form-error" /> : null}
      <Form<RuleFormValues> form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} data-testid="automation-form">
        <Form.Item name="name" label={t('automation.form.name')}>
          <Input maxLength={120} data-testid="automation-form-name" />
        </Form.Item>
        <Form.Item name="description" label={t('automation.form.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="automation-form-description" />
        </Form.Item>
        <Divider orientation="left">{t('automation.form.when')}</Divider>
        <TriggerFields />
        <Divider orientation="left">{t('automation.form.then')}</Divider>
        <ActionListFields />
        <Divider />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="cooldownDays"
              label={t('automation.form.cooldownDays')}
              extra={t('automation.form.cooldownHint')}
              rules={[{ required: true, message: t('automation.form.cooldownRequired') }]}
            >
              <InputNumber style={{ width: '100%' }} data-testid="automation-form-cooldown" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="enabled" label={t('automation.rule.enabled')} valuePropName="checked" extra={t('automation.form.enabledHint')}>
              <Switch data-testid="automation-form-enabled" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
