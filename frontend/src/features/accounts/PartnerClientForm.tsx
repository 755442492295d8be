import { useMutation } from '@apollo/client';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { PartnerClientFieldsFragment as PartnerClient } from '@/graphql/generated/graphql';
import { PartnerClientCreateMutation, PartnerClientUpdateMutation } from './mutations';

/** The OAuth scopes a partner client may be granted (backend `PARTNER_SCOPES`). */
export const PARTNER_SCOPES = ['employees:read', 'alerts:read', 'webhooks:manage', 'traffic:read', 'traffic:write'] as const;
type PartnerScope = (typeof PARTNER_SCOPES)[number];
const SCOPE_KEYS = {
  'employees:read': 'employeesRead',
  'alerts:read': 'alertsRead',
  'webhooks:manage': 'webhooksManage',
  'traffic:read': 'trafficRead',
  'traffic:write': 'trafficWrite',
} as const satisfies Record<PartnerScope, string>;

export function isPartnerScope(scope: string): scope is PartnerScope {
  return Object.hasOwn(SCOPE_KEYS, scope);
}

export function scopeKey(scope: PartnerScope) {
  return SCOPE_KEYS[scope];
}

export const DEFAULT_RATE_LIMIT = 20_000;

/** Form fields are named as the mutation input's, so payload errors land under the right one. */
interface PartnerClientFormValues {
  clientId: string;
  name: string;
  scopes: string[];
  rateLimitPerMinute: number | null;
  teamIds: string[];
}

export interface TeamOption {
  id: string;
  name: string;
  department: { name: string };
}

/** Registers a partner client, or edits one (`client`). Its secret, on creation, goes to `onSaved`. */
export function PartnerClientForm({
  open,
  client,
  teams,
  teamsLoading,
  onClose,
  onSaved,
}: {
  open: boolean;
  client: PartnerClient | null;
  teams: readonly TeamOption[];
  teamsLoading: boolean;
  onClose: () => void;
  onSaved: (client: PartnerClient, secret: string | null) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PartnerClientFormValues>();
  const [create, { loading: creating }] = useMutation(PartnerClientCreateMutation);
  const [update, { loading: updating }] = useMutation(PartnerClientUpdateMutation);
  const [failure, setFailure] = useState<string[]>([]);
  // A client may hold scopes this console does not know (granted elsewhere): keep them choosable, not dropped.
  const scopeOptions = [...PARTNER_SCOPES, ...(client?.scopes.filter((scope) => !isPartnerScope(scope)) ?? [])];

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(
      client
        ? {
            clientId: client.clientId,
            name: client.name,
            scopes: [...client.scopes],
            rateLimitPerMinute: client.rateLimitPerMinute,
            teamIds: [...client.linkedTeamIds],
          }
        : { clientId: '', name: '', scopes: ['employees:read'], rateLimitPerMinute: DEFAULT_RATE_LIMIT, teamIds: [] },
    );
  }, [open, client, form]);

  const submit = async (values: PartnerClientFormValues) => {
    setFailure([]);
    const common = {
      name: values.name.trim(),
      scopes: values.scopes,
      teamIds: values.teamIds,
      rateLimitPerMinute: values.rateLimitPerMinute ?? null,
    };
    try {
      if (client) {
        const { data, errors } = await update({ variables: { input: { id: client.id, ...common } } });
        const payload = data?.partnerClientUpdate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.client) onSaved(payload.client, null);
        else setFailure([errors?.[0]?.message ?? t('partners.saveFailed')]);
      } else {
        const { data, errors } = await create({ variables: { input: { clientId: values.clientId.trim(), ...common } } });
        const payload = data?.partnerClientCreate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.client) onSaved(payload.client, payload.clientSecret ?? null);
        else setFailure([errors?.[0]?.message ?? t('partners.saveFailed')]);
      }
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('partners.saveFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={client ? t('partners.editTitle', { clientId: client.clientId }) : t('partners.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={640}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="partner-form-submit">
            {client ? t('common.save') : t('partners.create')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<PartnerClientFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="partner-form">
        <Form.Item
          name="clientId"
          label={t('partners.fields.clientId')}
          extra={client ? null : t('partners.hints.clientId')}
          rules={[{ required: true, whitespace: true, message: t('partners.validation.clientId') }]}
        >
          <Input disabled={Boolean(client)} autoComplete="off" placeholder="douyin-shop" data-testid="partner-client-id" />
        </Form.Item>
        <Form.Item name="name" label={t('partners.fields.name')} rules={[{ required: true, whitespace: true, message: t('partners.validation.name') }]}>
          <Input autoComplete="off" data-testid="partner-name" />
        </Form.Item>
        <Form.Item name="scopes" label={t('partners.fields.scopes')} rules={[{ required: true, message: t('partners.validation.scopes') }]}>
          <Checkbox.Group style={{ width: '100%' }}>
            <Space direction="vertical">
              {scopeOptions.map((scope) => (
                <Checkbox key={scope} value={scope} data-testid={`partner-scope-${scope}`}>
                  <Typography.Text code>{scope}</Typography.Text> {isPartnerScope(scope) ? t(`partners.scopes.${SCOPE_KEYS[scope]}`) : null}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item name="rateLimitPerMinute" label={t('partners.fields.rateLimitPerMinute')} extra={t('partners.hints.rateLimit')}>
          <InputNumber<number> min={100} max={1_000_000} step={1000} style={{ width: 220 }} addonAfter={t('partners.perMinute')} data-testid="partner-rate-limit" />
        </Form.Item>
        <Form.Item name="teamIds" label={t('partners.fields.teamIds')} extra={t('partners.hints.teams')}>
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={teamsLoading}
            optionFilterProp="label"
            placeholder={t('partners.teamsPlaceholder')}
            options={teams.map((team) => ({ value: team.id, label: `${team.name} · ${team.department.name}` }))}
            data-testid="partner-teams"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
