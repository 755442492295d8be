import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Divider, Form, Input, Row, Space, Typography } from 'antd';
import type { FormItemProps } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Variable } from './termsForm';
import { DECIMAL_PATTERN } from './termsForm';

/** A DatePicker whose form value is the API's `YYYY-MM-DD` string. */
export const isoDateItem: Pick<FormItemProps, 'getValueProps' | 'normalize'> = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null),
};

export function DateInput(props: { testId?: string; value?: Dayjs | null; onChange?: (value: Dayjs | null) => void; disabled?: boolean }) {
  return (
    <DatePicker
      value={props.value ?? null}
      onChange={(value) => props.onChange?.(value)}
      disabled={props.disabled}
      style={{ width: '100%' }}
      inputReadOnly={false}
      data-testid={props.testId}
    />
  );
}

/** The range a variable's value must fall in, as a hint ("1–60", "≥ 0"). */
function boundsHint(variable: Variable): string | null {
  const low = variable.min ?? (variable.type === 'percent' || variable.type === 'money' ? '0' : null);
  const high = variable.max ?? (variable.type === 'percent' ? '100' : null);
  if (low !== null && high !== null) return `${low}–${high}`;
  if (low !== null) return `≥ ${low}`;
  if (high !== null) return `≤ ${high}`;
  return null;
}

/** One input per declared `{{variable}}`, named `values.<name>` as the API's errors name them. */
export function VariableFields({ variables }: { variables: readonly Variable[] }) {
  const { t } = useTranslation();
  if (variables.length === 0) return null;
  return (
    <Row gutter={16}>
      {variables.map((variable) => {
        const hint = [t(`contracts.variableTypes.${variable.type}`, { defaultValue: variable.type }), boundsHint(variable)].filter(Boolean).join(' · ');
        const numeric = ['int', 'decimal', 'percent', 'money'].includes(variable.type);
        return (
          <Col xs={24} sm={12} key={variable.name}>
            <Form.Item
              name={['values', variable.name]}
              label={variable.label || variable.name}
              extra={
                <span>
                  <Typography.Text code style={{ fontSize: 12 }}>{`{{${variable.name}}}`}</Typography.Text> {hint}
                </span>
              }
              rules={[{ required: true, whitespace: true, message: t('contracts.validation.value') }]}
              {...(variable.type === 'date' ? isoDateItem : {})}
            >
              {variable.type === 'date' ? (
                <DateInput testId={`contract-value-${variable.name}`} />
              ) : (
                <Input
                  inputMode={numeric ? 'decimal' : undefined}
                  suffix={variable.type === 'percent' ? '%' : variable.type === 'money' ? '¥' : undefined}
                  data-testid={`contract-value-${variable.name}`}
                />
              )}
            </Form.Item>
          </Col>
        );
      })}
    </Row>
  );
}

/** The term of a version: start, end (empty: open-ended) and probation. */
export function TermDateFields({ withProbation = true, disableStart = false }: { withProbation?: boolean; disableStart?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      <Col xs={24} sm={withProbation ? 8 : 12}>
        <Form.Item name="startsOn" label={t('contracts.fields.startsOn')} rules={[{ required: true, message: t('contracts.validation.startsOn') }]} {...isoDateItem}>
          <DateInput testId="contract-starts-on" disabled={disableStart} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={withProbation ? 8 : 12}>
        <Form.Item name="endsOn" label={t('contracts.fields.endsOn')} extra={t('contracts.hints.endsOn')} {...isoDateItem}>
          <DateInput testId="contract-ends-on" />
        </Form.Item>
      </Col>
      {withProbation ? (
        <Col xs={24} sm={8}>
          <Form.Item name="probationEndsOn" label={t('contracts.fields.probationEndsOn')} extra={t('contracts.hints.probationEndsOn')} {...isoDateItem}>
            <DateInput testId="contract-probation-ends-on" />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}

const decimalRule = (message: string) => ({ pattern: DECIMAL_PATTERN, message });

/** Monthly base, revenue share and guaranteed minimum: only for those who may read pay. */
export function PayFields() {
  const { t } = useTranslation();
  const invalid = t('contracts.validation.decimal');
  return (
    <Row gutter={16}>
      <Col xs={24} sm={8}>
        <Form.Item name="monthlyBase" label={t('contracts.pay.monthlyBase')} rules={[decimalRule(invalid)]}>
          <Input inputMode="decimal" prefix="¥" allowClear data-testid="contract-monthly-base" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="revenueSharePercent" label={t('contracts.pay.revenueSharePercent')} rules={[decimalRule(invalid)]}>
          <Input inputMode="decimal" suffix="%" allowClear data-testid="contract-revenue-share" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="guaranteedMinimum" label={t('contracts.pay.guaranteedMinimum')} rules={[decimalRule(invalid)]}>
          <Input inputMode="decimal" prefix="¥" allowClear data-testid="contract-guaranteed-minimum" />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Clauses written for this contract alone (`customClauses.<i>.title` / `.body`). */
export function CustomClauseFields() {
  const { t } = useTranslation();
  return (
    <Form.List name="customClauses">
      {(fields, { add, remove }) => (
        <Space direction="vertical" size={12} style={{ width: '100%' }}>
          {fields.map((field, index) => (
            <Form.Item key={field.key} noStyle shouldUpdate>
              {({ getFieldValue }) => {
                // A library clause the contract carries (added at renewal) keeps its own text: shown, not edited.
                const libraryKey: string | undefined = getFieldValue(['customClauses', field.name, 'key']);
                return (
                  <Card
                    size="small"
                    title={t('contracts.customClause', { index: index + 1 })}
                    extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('common.delete')} />}
                  >
                    <Form.Item name={[field.name, 'key']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'title']} label={t('contracts.fields.clauseTitle')} rules={[{ required: true, whitespace: true, message: t('contracts.validation.clauseTitle') }]}>
                      <Input data-testid={`contract-custom-title-${index}`} disabled={Boolean(libraryKey)} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'body']} label={t('contracts.fields.clauseBody')} rules={[{ required: true, whitespace: true, message: t('contracts.validation.clauseBody') }]} style={{ marginBottom: 0 }}>
                      <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid={`contract-custom-body-${index}`} disabled={Boolean(libraryKey)} />
                    </Form.Item>
                  </Card>
                );
              }}
            </Form.Item>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', body: '' })} block data-testid="contract-custom-add">
            {t('contracts.addCustomClause')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

export function FormSection({ title }: { title: string }) {
  return (
    <Divider orientation="left" orientationMargin={0} style={{ marginTop: 8 }}>
      <Typography.Text strong>{title}</Typography.Text>
    </Divider>
  );
}
