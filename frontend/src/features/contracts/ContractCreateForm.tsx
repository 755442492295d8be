import { useMutation, useQuery } from '@apollo/client';
import { Alert, Button, Col, Form, Modal, Row, Select, Space } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ContractRowFieldsFragment } from '@/graphql/generated/graphql';
import { CustomClauseFields, FormSection, PayFields, TermDateFields, VariableFields } from './ContractTermsFields';
import { ContractCreateMutation } from './mutations';
import { ContractEmployeeOptionsQuery, ContractTemplateClausesQuery, ContractTemplateListQuery } from './queries';
import type { TermsFormValues } from './termsForm';
import { declaredVariables, toTermsInput } from './termsForm';

interface CreateFormValues extends TermsFormValues {
  employeeId: string | null;
  templateId: string | null;
}

/** A draft contract from a template's latest version; it is submitted for signature from its page. */
export function ContractCreateForm({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (contract: ContractRowFieldsFragment) => void;
}) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const withPay = can(Permission.compensationRead);
  const [form] = Form.useForm<CreateFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [create, { loading }] = useMutation(ContractCreateMutation);
  const employees = useQuery(ContractEmployeeOptionsQuery, { variables: { search: search || null }, skip: !open });
  const templates = useQuery(ContractTemplateListQuery, { skip: !open });
  const templateId = Form.useWatch('templateId', form);

  const templateList = useMemo(() => templates.data?.contractTemplates?.edges.map((edge) => edge.node) ?? [], [templates.data]);
  const chosen = useQuery(ContractTemplateClausesQuery, { variables: { id: templateId ?? '' }, skip: !open || !templateId });
  const template = chosen.data?.node?.__typename === 'ContractTemplate' && chosen.data.node.id === templateId ? chosen.data.node : null;
  // Versions are newest first: a new contract is made from the latest.
  const variables = useMemo(() => declaredVariables(template?.versions[0]?.clauses ?? []), [template]);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
  }, [open, form]);

  const submit = async (values: CreateFormValues) => {
    setFailure([]);
    try {
      const { data, errors } = await create({
        variables: { input: { employeeId: values.employeeId ?? '', templateId: values.templateId ?? '', terms: toTermsInput(values, variables) } },
      });
      const payload = data?.contractCreate;
      if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
      else if (payload?.contract) onCreated(payload.contract);
      else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={t('contracts.create.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="contract-create-submit">
            {t('contracts.create.submit')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} /> : null}
      <Form<CreateFormValues>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ employeeId: null, templateId: null, startsOn: null, endsOn: null, probationEndsOn: null, values: {}, customClauses: [] }}
        onFinish={(values) => void submit(values)}
        data-testid="contract-create-form"
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="employeeId" label={t('contracts.fields.employee')} rules={[{ required: true, message: t('contracts.validation.employee') }]}>
              <Select
                showSearch
                filterOption={false}
                onSearch={setSearch}
                loading={employees.loading}
                placeholder={t('employees.searchPlaceholder')}
                options={employees.data?.employees?.edges.map(({ node }) => ({
                  value: node.id,
                  label: `${node.name} (${node.employeeNo}) · ${t(`enums.employmentType.${node.employmentType}`)}`,
                }))}
                data-testid="contract-create-employee"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="templateId" label={t('contracts.fields.template')} rules={[{ required: true, message: t('contracts.validation.template') }]}>
              <Select
                loading={templates.loading}
                options={templateList.map((item) => ({
                  value: item.id,
                  label: `${item.name} · v${item.latestVersion} · ${t(`enums.contractType.${item.contractType}`)}`,
                }))}
                data-testid="contract-create-template"
              />
            </Form.Item>
          </Col>
        </Row>
        <FormSection title={t('contracts.sections.term')} />
        <TermDateFields />
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
