import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Form, Modal, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ContractRenewMutation as RenewResult, ContractRowFieldsFragment } from '@/graphql/generated/graphql';
import { CustomClauseFields, FormSection, PayFields, TermDateFields, VariableFields } from './ContractTermsFields';
import type { ContractForForms } from './contractForms';
import { templateClausesOf } from './contractForms';
import { renewalTerm } from './contractLogic';
import { ContractRenewMutation } from './mutations';
import { ClauseListQuery } from './queries';
import type { TermsFormValues } from './termsForm';
import { declaredVariables, extraClausesOf, isHandWritten, termsFormValues, toTermsInput } from './termsForm';

interface RenewFormValues extends TermsFormValues {
  extraClauseKeys: string[];
}

export interface RenewalOutcome {
  successor: ContractRowFieldsFragment;
  flags: RenewResult['contractRenew']['flags'];
}

/**
 * The successor of a fixed-term contract: a new term from the day after it ends, its values,
 * extra clauses from the library (a follower-growth bonus, a non-compete) and clauses written
 * for it alone. The server submits it for signature in the same step.
 */
export function ContractRenewForm({
  open,
  contract,
  withPay,
  onClose,
  onRenewed,
}: {
  open: boolean;
  contract: ContractForForms;
  withPay: boolean;
  onClose: () => void;
  onRenewed: (outcome: RenewalOutcome) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RenewFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [renew, { loading }] = useMutation(ContractRenewMutation);
  const library = useQuery(ClauseListQuery, { skip: !open });
  const chosen = Form.useWatch('extraClauseKeys', form);

  const templateClauses = useMemo(() => templateClausesOf(contract), [contract]);
  const templateKeys = useMemo(() => new Set(templateClauses.map((clause) => clause.key)), [templateClauses]);
  const libraryClauses = useMemo(() => library.data?.clauses?.edges.map((edge) => edge.node) ?? [], [library.data]);
  const extraOptions = libraryClauses.filter((clause) => !templateKeys.has(clause.key));
  const variables = useMemo(() => {
    const extra = (chosen ?? []).map((key) => libraryClauses.find((clause) => clause.key === key)).filter((clause) => clause !== undefined);
    return declaredVariables([...templateClauses, ...extra]);
  }, [chosen, libraryClauses, templateClauses]);
  const latest = contract.versions.at(-1);

  useEffect(() => {
    if (!open || !latest || !contract.endsOn || library.loading) return;
    setFailure([]);
    form.resetFields();
    // Library clauses the contract already had (added at an earlier renewal) come back from the library.
    const libraryKeys = new Set(
      extraClausesOf(latest, templateKeys)
        .map((clause) => clause.key)
        .filter((key) => !isHandWritten(key) && libraryClauses.some((clause) => clause.key === key)),
    );
    const term = renewalTerm({ contractType: contract.contractType, startsOn: contract.startsOn, endsOn: contract.endsOn });
    form.setFieldsValue({
      ...termsFormValues(latest, { templateKeys, libraryKeys, withPay }),
      ...term,
      probationEndsOn: null,
      extraClauseKeys: [...libraryKeys],
    });
    // Once per opening, when the library has arrived.
  }, [open, latest, library.loading]);

  const submit = async (values: RenewFormValues) => {
    setFailure([]);
    try {
      const { data, errors } = await renew({
        variables: { input: { id: contract.id, terms: toTermsInput(values, variables), extraClauseKeys: values.extraClauseKeys ?? [] } },
      });
      const payload = data?.contractRenew;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.contract) onRenewed({ successor: payload.contract, flags: payload.flags });
      else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('contracts.renew.title', { number: contract.number })}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={780}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} disabled={library.loading} onClick={() => form.submit()} data-testid="contract-renew-submit">
            {t('contracts.renew.submit')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon message={t('contracts.renew.hint')} style={{ marginBottom: 16 }} />
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="contract-form-error" /> : null}
      <Form<RenewFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ extraClauseKeys: [], values: {}, customClauses: [] }}
        onFinish={(values) => void submit(values)}
        data-testid="contract-renew-form"
      >
        <FormSection title={t('contracts.sections.term')} />
        <TermDateFields />
        <FormSection title={t('contracts.sections.extraClauses')} />
        <Form.Item name="extraClauseKeys" extra={t('contracts.renew.extraHint')}>
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={library.loading}
            placeholder={t('contracts.renew.extraPlaceholder')}
            optionFilterProp="label"
            options={extraOptions.map((clause) => ({ value: clause.key, label: `${clause.title} (${clause.key})` }))}
            optionRender={(option) => {
              const clause = extraOptions.find((item) => item.key === option.value);
              return (
                <div data-testid={`extra-clause-option-${String(option.value)}`}>
                  <div>{clause?.title}</div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {clause?.key}
                  </Typography.Text>
                </div>
              );
            }}
            data-testid="contract-renew-extra-clauses"
          />
        </Form.Item>
        {variables.length ? <FormSection title={t('contracts.sections.values')} /> : null}
        <VariableFields variables={variables} />
        {withPay ? <FormSection title={t('contracts.sections.pay')} /> : null}
        {withPay ? <PayFields /> : null}
        <FormSection title={t('contracts.sections.customClauses')} />
        <CustomClauseFields />
      </Form>
    </Modal>
  );
}
