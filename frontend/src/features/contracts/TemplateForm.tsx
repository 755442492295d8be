import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ContractTemplateFieldsFragment as Template, ContractType } from '@/graphql/generated/graphql';
import { ClauseKeyList } from './ClauseKeyList';
import { CONTRACT_TYPES } from './contractLogic';
import { ContractTemplateCreateMutation, ContractTemplateReviseMutation } from './mutations';

interface TemplateFormValues {
  name: string;
  contractType: ContractType;
  clauseKeys: string[];
}

/**
 * A new template (name, type, clauses in order), or a new version of one (`template`): its
 * clauses as the library has them now. Contracts keep the version they were made from.
 */
export function TemplateForm({
  open,
  template,
  library,
  onClose,
  onSaved,
}: {
  open: boolean;
  template: Template | null;
  library: readonly { key: string; title: string }[];
  onClose: () => void;
  onSaved: (template: Template) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TemplateFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading: creating }] = useMutation(ContractTemplateCreateMutation);
  const [revise, { loading: revising }] = useMutation(ContractTemplateReviseMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    // Versions are newest first: a revision starts from the latest one's clauses.
    form.setFieldsValue(
      template
        ? { name: template.name, contractType: template.contractType, clauseKeys: template.versions[0]?.clauses.map((clause) => clause.key) ?? [] }
        : { name: '', contractType: 'FULL_TIME', clauseKeys: [] },
    );
  }, [open, template, form]);

  const submit = async (values: TemplateFormValues) => {
    setFailure([]);
    try {
      if (template) {
        const { data, errors } = await revise({ variables: { input: { id: template.id, clauseKeys: values.clauseKeys } } });
        const payload = data?.contractTemplateRevise;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.template) onSaved(payload.template);
        else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
      } else {
        const { data, errors } = await create({
          variables: { input: { name: values.name.trim(), contractType: values.contractType, clauseKeys: values.clauseKeys } },
        });
        const payload = data?.contractTemplateCreate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.template) onSaved(payload.template);
        else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
      }
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={template ? t('contracts.templates.reviseTitle', { name: template.name, version: template.latestVersion + 1 }) : t('contracts.templates.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={680}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || revising} onClick={() => form.submit()} data-testid="template-form-submit">
            {template ? t('contracts.templates.revise') : t('contracts.templates.create')}
          </Button>
        </Space>
      }
    >
      {template ? <Alert type="info" showIcon message={t('contracts.templates.reviseHint')} style={{ marginBottom: 16 }} /> : null}
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="template-form-error" /> : null}
      <Form<TemplateFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="template-form">
        <Form.Item name="name" label={t('contracts.templates.fields.name')} rules={[{ required: true, whitespace: true, message: t('contracts.templates.validation.name') }]}>
          <Input disabled={Boolean(template)} data-testid="template-name" />
        </Form.Item>
        <Form.Item name="contractType" label={t('contracts.fields.type')} rules={[{ required: true }]}>
          <Select
            disabled={Boolean(template)}
            options={CONTRACT_TYPES.map((type) => ({ value: type, label: t(`enums.contractType.${type}`) }))}
            data-testid="template-type"
          />
        </Form.Item>
        <Form.Item
          name="clauseKeys"
          label={t('contracts.templates.fields.clauses')}
          extra={t('contracts.templates.hints.clauses')}
          rules={[{ required: true, type: 'array', min: 1, message: t('contracts.templates.validation.clauses') }]}
        >
          <ClauseKeyList library={library} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
