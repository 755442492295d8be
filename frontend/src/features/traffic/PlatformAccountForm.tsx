import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import type { MutationError } from '@/components/mutationErrors';
import { submitMutation } from '@/components/mutationErrors';
import { PartnerClientListQuery } from '@/features/accounts/queries';
import type { Platform } from '@/graphql/generated/graphql';
import { PlatformAccountCreateMutation } from './mutations';
import type { PlatformAccountFormValues } from './platformAccounts';
import { createAccountInput, partnerClientOptions, PLATFORMS } from './platformAccounts';

/** The model's column widths: longer texts would not be stored. */
const MAX_LENGTH = 100;

/**
 * Registers one of the host's accounts on a streaming platform. The partner client the account's
 * numbers come from is offered only to those who may read partner clients (accounts.manage); the
 * server refuses an account id already registered on that platform and names the field.
 */
export function PlatformAccountForm({ open, hostId, hostName, onClose, onDone }: { open: boolean; hostId: string; hostName: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const withPartners = can(Permission.accountsManage);
  const [form] = Form.useForm<PlatformAccountFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(PlatformAccountCreateMutation);
  const partners = useQuery(PartnerClientListQuery, { variables: { first: 100, after: null }, skip: !open || !withPartners });
  const partnerOptions = useMemo(() => partnerClientOptions(partners.data?.partnerClients?.edges.map((edge) => edge.node) ?? []), [partners.data]);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: PlatformAccountFormValues) => {
    setFailure([]);
    const { saved, failure: failed } = await submitMutation<{ account?: { id: string } | null; errors: readonly MutationError[] }>(
      form,
      t,
      async () => {
        const { data, errors } = await create({ variables: { input: createAccountInput(hostId, values) } });
        return { payload: data?.platformAccountCreate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.account),
      t('traffic.accounts.form.failed'),
    );
    if (saved) onDone();
    else setFailure(failed);
  };

  const required = (field: string) => [{ required: true, whitespace: true, message: t('traffic.accounts.form.required', { field }) }];

  return (
    <Modal
      open={open}
      title={t('traffic.accounts.form.title', { name: hostName })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading} onClick={() => form.submit()} data-testid="platform-account-form-submit">
            {t('traffic.accounts.form.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="platform-account-form-error" /> : null}
      <Form<PlatformAccountFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="platform-account-form">
        <Form.Item name="platform" label={t('traffic.accounts.fields.platform')} rules={[{ required: true, message: t('traffic.accounts.form.platformRequired') }]}>
          <Select<Platform> options={PLATFORMS.map((value) => ({ value, label: t(`traffic.platforms.${value}`) }))} data-testid="platform-account-form-platform" />
        </Form.Item>
        <Form.Item name="handle" label={t('traffic.accounts.fields.handle')} extra={t('traffic.accounts.form.handleHint')} rules={required(t('traffic.accounts.fields.handle'))}>
          <Input maxLength={MAX_LENGTH} autoComplete="off" data-testid="platform-account-form-handle" />
        </Form.Item>
        <Form.Item name="externalId" label={t('traffic.accounts.fields.externalId')} extra={t('traffic.accounts.form.externalIdHint')} rules={required(t('traffic.accounts.fields.externalId'))}>
          <Input maxLength={MAX_LENGTH} autoComplete="off" data-testid="platform-account-form-external-id" />
        </Form.Item>
        {withPartners ? (
          <Form.Item
            name="partnerClientId"
            label={t('traffic.accounts.fields.partnerClient')}
            extra={partners.error ? t('traffic.accounts.form.partnersFailed', { message: partners.error.message }) : t('traffic.accounts.form.partnerClientHint')}
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={partners.loading}
              options={partnerOptions}
              placeholder={t('traffic.accounts.form.noPartner')}
              data-testid="platform-account-form-partner"
            />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
