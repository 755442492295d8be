import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Checkbox, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { showMutationErrors } from '@/components/mutationErrors';
import type { WebhookFieldsFragment as Webhook } from '@/graphql/generated/graphql';
import { WebhookCreateMutation, WebhookUpdateMutation } from './mutations';
import { WebhookFormOptionsQuery } from './queries';

/** The events a webhook may subscribe to (backend `outbox.EVENTS`), and their translation keys. */
export const WEBHOOK_EVENTS = {
  'employee.hired': 'employeeHired',
  'employee.left': 'employeeLeft',
  'alert.created': 'alertCreated',
  'contract.signed': 'contractSigned',
  'contract.expiring': 'contractExpiring',
  'payroll.locked': 'payrollLocked',
} as const;
type WebhookEvent = keyof typeof WEBHOOK_EVENTS;

export function isWebhookEvent(name: string): name is WebhookEvent {
  return Object.hasOwn(WEBHOOK_EVENTS, name);
}

export const EXAMPLE_DOCUMENT = `subscription {
  event {
    name
    occurredAt
    employee { employeeNo name status }
    alert { kind message }
  }
}`;

/** Named as the mutation input's fields, so payload errors land under the right one. */
interface WebhookFormValues {
  url: string;
  events: string[];
  document: string;
  ownerClientId: string | null;
}

/** Creates a webhook (its signing secret goes to `onSaved`, once) or edits one (`webhook`). */
export function WebhookForm({
  open,
  webhook,
  onClose,
  onSaved,
}: {
  open: boolean;
  webhook: Webhook | null;
  onClose: () => void;
  onSaved: (webhook: Webhook, secret: string | null) => void;
}) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [form] = Form.useForm<WebhookFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading: creating }] = useMutation(WebhookCreateMutation);
  const [update, { loading: updating }] = useMutation(WebhookUpdateMutation);
  // Only admins deliver as a partner client; they are the ones who may list them.
  const chooseOwner = can(Permission.accountsManage) && webhook === null;
  const owners = useQuery(WebhookFormOptionsQuery, { skip: !open || !chooseOwner });
  const clients = owners.data?.partnerClients?.edges.map((edge) => edge.node).filter((client) => client.isActive) ?? [];

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(
      webhook
        ? { url: webhook.url, events: [...webhook.events], document: webhook.document, ownerClientId: null }
        : { url: '', events: ['alert.created'], document: EXAMPLE_DOCUMENT, ownerClientId: null },
    );
  }, [open, webhook, form]);

  const submit = async (values: WebhookFormValues) => {
    setFailure([]);
    const fields = { url: values.url.trim(), events: values.events, document: values.document };
    try {
      if (webhook) {
        const { data, errors } = await update({ variables: { input: { id: webhook.id, ...fields } } });
        const payload = data?.webhookUpdate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.webhook) onSaved(payload.webhook, null);
        else setFailure([errors?.[0]?.message ?? t('webhooks.saveFailed')]);
      } else {
        const { data, errors } = await create({ variables: { input: { ...fields, ownerClientId: values.ownerClientId || null } } });
        const payload = data?.webhookCreate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.webhook) onSaved(payload.webhook, payload.secret ?? null);
        else setFailure([errors?.[0]?.message ?? t('webhooks.saveFailed')]);
      }
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('webhooks.saveFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={webhook ? t('webhooks.editTitle') : t('webhooks.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={720}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="webhook-form-submit">
            {webhook ? t('common.save') : t('webhooks.create')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<WebhookFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="webhook-form">
        <Form.Item
          name="url"
          label={t('webhooks.fields.url')}
          extra={t('webhooks.hints.url')}
          rules={[
            { required: true, whitespace: true, message: t('webhooks.validation.url') },
            { type: 'url', message: t('webhooks.validation.url') },
          ]}
        >
          <Input placeholder="https://partner.example.com/hooks/hrgraph" autoComplete="off" data-testid="webhook-url" />
        </Form.Item>
        <Form.Item name="events" label={t('webhooks.fields.events')} rules={[{ required: true, message: t('webhooks.validation.events') }]}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Space direction="vertical" size={4}>
              {(Object.keys(WEBHOOK_EVENTS) as WebhookEvent[]).map((name) => (
                <Checkbox key={name} value={name} data-testid={`webhook-event-${name}`}>
                  <Typography.Text code>{name}</Typography.Text> {t(`webhooks.events.${WEBHOOK_EVENTS[name]}`)}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="document"
          label={t('webhooks.fields.document')}
          extra={t('webhooks.hints.document')}
          rules={[{ required: true, whitespace: true, message: t('webhooks.validation.document') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 7, maxRows: 16 }}
            spellCheck={false}
            style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13 }}
            data-testid="webhook-document"
          />
        </Form.Item>
        {chooseOwner ? (
          <Form.Item name="ownerClientId" label={t('webhooks.fields.owner')} extra={t('webhooks.hints.owner')}>
            <Select<string | null>
              allowClear
              loading={owners.loading}
              placeholder={t('webhooks.ownerSelf')}
              options={clients.map((client) => ({ value: client.id, label: `${client.name} (${client.clientId})` }))}
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
