import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Col, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showMutationErrors } from '@/components/mutationErrors';
import type { ClauseFieldsFragment as Clause, ClauseVariableInput } from '@/graphql/generated/graphql';
import { VARIABLE_TYPES, undeclaredPlaceholders } from './clauseText';
import { ClauseCreateMutation, ClauseUpdateMutation } from './mutations';

interface VariableRow {
  name: string;
  type: string;
  label: string;
  min: string | null;
  max: string | null;
}

/** Named as the mutation inputs' fields (`key`, `body`, `variables.0.name`...), so payload errors land under them. */
interface ClauseFormValues {
  key: string;
  title: string;
  body: string;
  variables: VariableRow[];
}

function blankToNull(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
}

export function toVariableInputs(rows: readonly (VariableRow | undefined)[]): ClauseVariableInput[] {
  return rows
    .filter((row): row is VariableRow => Boolean(row))
    .map((row) => ({ name: row.name.trim(), type: row.type, label: row.label?.trim() ?? '', min: blankToNull(row.min), max: blankToNull(row.max) }));
}

const SIGNED_DECIMAL = /^-?\d+(\.\d{1,2})?$/;

/**
 * A clause of the library, new (`clause` null) or edited. The body may use `{{name}}` only for
 * the variables declared below; the server refuses anything else, and says so under the body.
 * Contracts and template versions made earlier keep their copy of the old text.
 */
export function ClauseForm({ open, clause, onClose, onSaved }: { open: boolean; clause: Clause | null; onClose: () => void; onSaved: (clause: Clause) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ClauseFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, { loading: creating }] = useMutation(ClauseCreateMutation);
  const [update, { loading: updating }] = useMutation(ClauseUpdateMutation);
  const body = Form.useWatch('body', form) ?? '';
  const variables = Form.useWatch('variables', form) ?? [];
  const undeclared = undeclaredPlaceholders(body, variables.map((row) => row?.name));

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(
      clause
        ? {
            key: clause.key,
            title: clause.title,
            body: clause.body,
            variables: clause.variables.map((v) => ({ name: v.name, type: v.type, label: v.label, min: v.min ?? null, max: v.max ?? null })),
          }
        : { key: '', title: '', body: '', variables: [] },
    );
  }, [open, clause, form]);

  const submit = async (values: ClauseFormValues) => {
    setFailure([]);
    const fields = { title: values.title.trim(), body: values.body, variables: toVariableInputs(values.variables ?? []) };
    try {
      if (clause) {
        const { data, errors } = await update({ variables: { input: { id: clause.id, ...fields } } });
        const payload = data?.clauseUpdate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.clause) onSaved(payload.clause);
        else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
      } else {
        const { data, errors } = await create({ variables: { input: { key: values.key.trim(), ...fields } } });
        const payload = data?.clauseCreate;
        if (payload?.errors.length) setFailure(showMutationErrors(form, t, payload.errors));
        else if (payload?.clause) onSaved(payload.clause);
        else setFailure([errors?.[0]?.message ?? t('contracts.actionFailed')]);
      }
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('contracts.actionFailed')]);
    }
  };

  return (
    <Modal
      open={open}
      title={clause ? t('contracts.clauses.editTitle', { key: clause.key }) : t('contracts.clauses.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      width={760}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating || updating} onClick={() => form.submit()} data-testid="clause-form-submit">
            {clause ? t('common.save') : t('contracts.clauses.create')}
          </Button>
        </Space>
      }
    >
      {clause ? <Alert type="info" showIcon message={t('contracts.clauses.editHint')} style={{ marginBottom: 16 }} /> : null}
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="clause-form-error" /> : null}
      <Form<ClauseFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="clause-form">
        <Row gutter={16}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="key"
              label={t('contracts.clauses.fields.key')}
              extra={clause ? undefined : t('contracts.clauses.hints.key')}
              rules={[{ required: true, whitespace: true, message: t('contracts.clauses.validation.key') }]}
            >
              <Input disabled={Boolean(clause)} autoComplete="off" data-testid="clause-key" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="title" label={t('contracts.clauses.fields.title')} rules={[{ required: true, whitespace: true, message: t('contracts.clauses.validation.title') }]}>
              <Input data-testid="clause-title" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="body"
          label={t('contracts.clauses.fields.body')}
          extra={
            undeclared.length ? (
              <Typography.Text type="warning" data-testid="clause-undeclared">
                {t('contracts.clauses.undeclared', { names: undeclared.join(', ') })}
              </Typography.Text>
            ) : (
              t('contracts.clauses.hints.body', { example: '{{weekly_hours}}' })
            )
          }
          rules={[{ required: true, whitespace: true, message: t('contracts.clauses.validation.body') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="clause-body" />
        </Form.Item>
        <Typography.Text strong>{t('contracts.clauses.fields.variables')}</Typography.Text>
        <Form.List name="variables">
          {(fields, { add, remove }) => (
            <Space direction="vertical" size={8} style={{ width: '100%', marginTop: 8 }}>
              {fields.map((field, index) => (
                <Card key={field.key} size="small" data-testid="clause-variable">
                  <Row gutter={12} align="top">
                    <Col xs={24} sm={8}>
                      <Form.Item name={[field.name, 'name']} label={t('contracts.clauses.fields.variableName')} rules={[{ required: true, whitespace: true, message: t('contracts.clauses.validation.variableName') }]}>
                        <Input autoComplete="off" data-testid={`clause-variable-name-${index}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={6}>
                      <Form.Item name={[field.name, 'type']} label={t('contracts.clauses.fields.variableType')} rules={[{ required: true, message: t('contracts.clauses.validation.variableType') }]}>
                        <Select
                          options={VARIABLE_TYPES.map((type) => ({ value: type, label: t(`contracts.variableTypes.${type}`) }))}
                          data-testid={`clause-variable-type-${index}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={9}>
                      <Form.Item name={[field.name, 'label']} label={t('contracts.clauses.fields.variableLabel')}>
                        <Input data-testid={`clause-variable-label-${index}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={1} style={{ paddingTop: 30 }}>
                      <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />
                    </Col>
                    <Col xs={12} sm={8}>
                      <Form.Item name={[field.name, 'min']} label={t('contracts.clauses.fields.min')} rules={[{ pattern: SIGNED_DECIMAL, message: t('contracts.validation.decimal') }]} style={{ marginBottom: 0 }}>
                        <Input inputMode="decimal" allowClear data-testid={`clause-variable-min-${index}`} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} sm={8}>
                      <Form.Item name={[field.name, 'max']} label={t('contracts.clauses.fields.max')} rules={[{ pattern: SIGNED_DECIMAL, message: t('contracts.validation.decimal') }]} style={{ marginBottom: 0 }}>
                        <Input inputMode="decimal" allowClear data-testid={`clause-variable-max-${index}`} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', type: 'text', label: '', min: null, max: null })} block data-testid="clause-variable-add">
                {t('contracts.clauses.addVariable')}
              </Button>
            </Space>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
