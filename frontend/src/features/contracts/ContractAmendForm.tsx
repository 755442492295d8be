import { useMutation } from '@apollo/client';
import { Alert, Button, Col, Form, Input, Modal, Row, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import { CustomClauseFields, DateInput, FormSection, PayFields, TermDateFields, VariableFields, isoDateItem } from './ContractTermsFields';
import type { ContractForForms } from './contractForms';
import { templateClausesOf } from './contractForms';
import { ContractAmendMutation } from './mutations';
import type { TermsFormValues } from './termsForm';
import { declaredVariables, termsFormValues, toTermsInput } from './termsForm';

interface AmendFormValues extends TermsFormValues {
  effectiveOn: string | null;
  note: string;
}

/**
 * Edits a draft in place, or (on an active contract) makes a new draft version effective from a
 * date; the new version is then submitted for signature like the first.
 */
export function ContractAmendForm({
  open,
  contract,
  withPay,
  onClose,
  onSaved,
}: {
  open: boolean;
  contract: ContractForForms;
  withPay: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AmendFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [amend, { loading }] = useMutation(ContractAmendMutation);
  const active = contract.status === 'ACTIVE';
  const templateClauses = useMemo(() => templateClausesOf(contract), [contract]);
  const variables = useMemo(() => declaredVariables(templateClauses), [templateClauses]);
  const latest = contract.versions.at(-1);

  useEffect(() => {
    if (!open || !latest) return;
    setFailure([]);
    form.resetFields();
    const templateKeys = new Set(templateClauses.map((clause) => clause.key));
    form.setFieldsValue({ ...termsFormValues(latest, { templateKeys, withPay }), effectiveOn: null, note: latest.state === 'DRAFT' ? (latest.note ?? '') : '' });
  }, [open, latest, templateClauses, withPay, form]);

  const submit = async (values: AmendFormValues) => {
    setFailure([]);
    try {
      const { data, errors } = await amend({
        variables: {
          input: {
            id: contract.id,
            terms: toTermsInput(values, variables),
            effectiveOn: active ? values.effectiveOn : null,
            note: values.note?.trim() || null,
          },
        },
      });
      const payload = data?.contractAmend;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.contract) onSaved();
      else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={active ? t('contracts.amend.titleActive', { number: contract.number }) : t('contracts.amend.titleDraft', { number: contract.number })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="contract-amend-submit">
            {active ? t('contracts.amend.submitActive') : t('common.save')}
          </Button>
        </Space>
      }
    >
      {active ? <Alert type="info" showIcon message={t('contracts.amend.activeHint')} style={{ marginBottom: 16 }} /> : null}
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="contract-form-error" /> : null}
      <Form<AmendFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="contract-amend-form">
        {active ? (
          <Row gutter={16}>
            <Col xs={24} sm={12}>
              <Form.Item
                name="effectiveOn"
                label={t('contracts.fields.effectiveOn')}
                rules={[{ required: true, message: t('contracts.validation.effectiveOn') }]}
                {...isoDateItem}
              >
                <DateInput testId="contract-effective-on" />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <FormSection title={t('contracts.sections.term')} />
        <TermDateFields />
        {variables.length ? <FormSection title={t('contracts.sections.values')} /> : null}
        <VariableFields variables={variables} />
        {withPay ? <FormSection title={t('contracts.sections.pay')} /> : null}
        {withPay ? <PayFields /> : null}
        <FormSection title={t('contracts.sections.customClauses')} />
        <CustomClauseFields />
        <Form.Item name="note" label={t('contracts.fields.note')} style={{ marginTop: 16 }}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} data-testid="contract-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
