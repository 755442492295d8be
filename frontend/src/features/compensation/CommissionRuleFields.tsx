import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Dropdown, Empty, Flex, Form, Input, Row, Select, Tag, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleForm, RuleKind } from './planForm';
import { availableKinds, LADDER_BASES, newRule, newRung, newTier, RUNG_PAYS, TIER_MODES } from './planForm';

/** A tier or rung: set off from its rule's settings. */
const STEP_STYLE = { borderInlineStart: '3px solid #f0f0f0', paddingInlineStart: 12, marginBottom: 12 } as const;

/** Server errors about a rule, tier or rung as a whole (`rules.1.rungs.0`), by path. */
export const PathErrorsContext = createContext<ReadonlyMap<string, string[]>>(new Map());

function PathErrors({ path }: { path: string }) {
  const messages = useContext(PathErrorsContext).get(path);
  if (!messages?.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 8 }}
      message={messages.length === 1 ? messages[0] : <ul style={{ margin: 0, paddingInlineStart: 18 }}>{messages.map((text) => <li key={text}>{text}</li>)}</ul>}
      data-testid="plan-path-error"
      data-path={path}
    />
  );
}

/** A number typed as text (decimals stay exact strings); the server names what is wrong with it. */
function NumberField({ name, label, suffix, prefix, testId }: { name: (string | number)[]; label: string; suffix?: string; prefix?: string; testId: string }) {
  return (
    <Form.Item name={name} label={label} style={{ marginBottom: 12 }}>
      <Input inputMode="decimal" suffix={suffix} prefix={prefix} data-testid={testId} />
    </Form.Item>
  );
}

function GiftShareFields({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <NumberField name={[index, 'host_percent']} label={t('compensation.editor.fields.host_percent')} suffix="%" testId="plan-host-percent" />
      </Col>
    </Row>
  );
}

function GmvTierFields({ index, path }: { index: number; path: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[index, 'mode']} label={t('compensation.editor.fields.mode')} style={{ marginBottom: 12 }}>
            <Select options={TIER_MODES.map((mode) => ({ value: mode, label: t(`compensation.editor.modes.${mode}`) }))} data-testid="plan-tier-mode" />
          </Form.Item>
        </Col>
      </Row>
      <PathErrors path={`${path}.tiers`} />
      <Form.List name={[index, 'tiers']}>
        {(tiers, { add, remove }) => (
          <>
            {tiers.map((tier, n) => (
              <div key={tier.key} style={STEP_STYLE} data-testid="plan-tier" data-index={n}>
                <PathErrors path={`${path}.tiers.${n}`} />
                <Row gutter={12} align="bottom">
                  <Col flex="72px" style={{ paddingBottom: 16 }}>
                    <Tag bordered={false}>{t('compensation.editor.tier', { n: n + 1 })}</Tag>
                  </Col>
                  <Col flex="1 1 160px">
                    <NumberField name={[tier.name, 'from_amount']} label={t('compensation.editor.fields.from_amount')} prefix="¥" testId="plan-tier-from" />
                  </Col>
                  <Col flex="1 1 120px">
                    <NumberField name={[tier.name, 'percent']} label={t('compensation.editor.fields.percent')} suffix="%" testId="plan-tier-percent" />
                  </Col>
                  <Col flex="40px" style={{ paddingBottom: 12 }}>
                    <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('compensation.editor.remove')} disabled={tiers.length <= 1} onClick={() => remove(tier.name)} />
                  </Col>
                </Row>
              </div>
            ))}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(newTier())} data-testid="plan-tier-add">
              {t('compensation.editor.addTier')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

function LadderFields({ index, path, form }: { index: number; path: string; form: FormInstance }) {
  const { t } = useTranslation();
  const rungs = (Form.useWatch(['rules', index, 'rungs'], form) ?? []) as { pay?: string }[];
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={[index, 'basis']} label={t('compensation.editor.fields.basis')} style={{ marginBottom: 12 }}>
            <Select options={LADDER_BASES.map((basis) => ({ value: basis, label: t(`compensation.editor.bases.${basis}`) }))} data-testid="plan-ladder-basis" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('compensation.editor.baseRung')}
      </Typography.Paragraph>
      <PathErrors path={`${path}.rungs`} />
      <Form.List name={[index, 'rungs']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((rung, n) => {
              const pay = rungs[n]?.pay === 'bonus_amount' ? 'bonus_amount' : 'percent';
              return (
                <div key={rung.key} style={STEP_STYLE} data-testid="plan-rung" data-index={n}>
                  <Flex justify="space-between" align="center" style={{ marginBottom: 4 }}>
                    <Tag bordered={false} color="geekblue">
                      {t('compensation.editor.rung', { n: n + 1 })}
                    </Tag>
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('compensation.editor.remove')} disabled={fields.length <= 1} onClick={() => remove(rung.name)} />
                  </Flex>
                  <PathErrors path={`${path}.rungs.${n}`} />
                  <Row gutter={12}>
                    <Col xs={12} md={8}>
                      <NumberField name={[rung.name, 'min_live_days']} label={t('compensation.editor.fields.min_live_days')} testId="plan-rung-days" />
                    </Col>
                    <Col xs={12} md={8}>
                      <NumberField name={[rung.name, 'min_hours']} label={t('compensation.editor.fields.min_hours')} testId="plan-rung-hours" />
                    </Col>
                    <Col xs={24} md={8}>
                      <NumberField name={[rung.name, 'min_revenue']} label={t('compensation.editor.fields.min_revenue')} prefix="¥" testId="plan-rung-revenue" />
                    </Col>
                    <Col xs={12} md={8}>
                      <Form.Item name={[rung.name, 'pay']} label={t('compensation.editor.fields.pay')} style={{ marginBottom: 12 }}>
                        <Select options={RUNG_PAYS.map((value) => ({ value, label: t(`compensation.editor.pays.${value}`) }))} data-testid="plan-rung-pay" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={8}>
                      {pay === 'percent' ? (
                        <NumberField name={[rung.name, 'percent']} label={t('compensation.editor.fields.percent')} suffix="%" testId="plan-rung-percent" />
                      ) : (
                        <NumberField name={[rung.name, 'bonus_amount']} label={t('compensation.editor.fields.bonus_amount')} prefix="¥" testId="plan-rung-bonus" />
                      )}
                    </Col>
                  </Row>
                </div>
              );
            })}
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add(newRung(fields.length === 0))} data-testid="plan-rung-add">
              {t('compensation.editor.addRung')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

function TeamIncentiveFields({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <NumberField name={[index, 'min_team_growth_percent']} label={t('compensation.editor.fields.min_team_growth_percent')} suffix="%" testId="plan-team-growth" />
      </Col>
      <Col xs={24} sm={12}>
        <NumberField name={[index, 'bonus_percent']} label={t('compensation.editor.fields.bonus_percent')} suffix="%" testId="plan-team-bonus" />
      </Col>
    </Row>
  );
}

function AmountFields({ index }: { index: number }) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <NumberField name={[index, 'amount']} label={t('compensation.editor.fields.amount')} prefix="¥" testId="plan-amount" />
      </Col>
    </Row>
  );
}

function RuleBody({ kind, index, form }: { kind: RuleKind; index: number; form: FormInstance }): ReactNode {
  const path = `rules.${index}`;
  switch (kind) {
    case 'gift_share':
      return <GiftShareFields index={index} />;
    case 'gmv_tiers':
      return <GmvTierFields index={index} path={path} />;
    case 'ladder':
      return <LadderFields index={index} path={path} form={form} />;
    case 'team_incentive':
      return <TeamIncentiveFields index={index} />;
    case 'cap':
    case 'minimum_guarantee':
      return <AmountFields index={index} />;
  }
}

/**
 * The plan's rules as one card per rule, in the JSON's order (so an error path names a field
 * here); tiers and rungs are added and removed in place. `onStructureChange` lets the editor
 * drop errors whose paths no longer point where they did.
 */
export function CommissionRuleFields({ form, disabled, onStructureChange }: { form: FormInstance; disabled: boolean; onStructureChange: () => void }) {
  const { t } = useTranslation();
  const rules = (Form.useWatch('rules', form) ?? []) as RuleForm[];
  return (
    <>
      <PathErrors path="rules" />
      <Form.List name="rules">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compensation.editor.noRules')} /> : null}
            {fields.map((field) => {
              const kind = rules[field.name]?.kind;
              return (
                <Card
                  key={field.key}
                  size="small"
                  data-testid="plan-rule"
                  data-kind={kind}
                  data-index={field.name}
                  title={
                    <Flex gap={8} align="center">
                      <Tag color="blue" bordered={false}>
                        {field.name + 1}
                      </Tag>
                      {kind ? t(`compensation.editor.kinds.${kind}`) : null}
                    </Flex>
                  }
                  extra={
                    disabled ? null : (
                      <Button
                        type="text"
                        danger
                        size="small"
                        icon={<DeleteOutlined />}
                        onClick={() => {
                          remove(field.name);
                          onStructureChange();
                        }}
                        data-testid="plan-rule-remove"
                      >
                        {t('compensation.editor.removeRule')}
                      </Button>
                    )
                  }
                >
                  {/* An error about the kind itself (a second rule of one kind) is shown with the rule's. */}
                  <PathErrors path={`rules.${field.name}`} />
                  {kind ? <RuleBody kind={kind} index={field.name} form={form} /> : null}
                </Card>
              );
            })}
            {disabled ? null : (
              <Dropdown
                trigger={['click']}
                disabled={availableKinds(rules).length === 0}
                menu={{
                  items: availableKinds(rules).map((kind) => ({ key: kind, label: <span data-testid={`plan-rule-add-${kind}`}>{t(`compensation.editor.kinds.${kind}`)}</span> })),
                  onClick: ({ key }) => {
                    add(newRule(key as RuleKind));
                    onStructureChange();
                  },
                }}
              >
                <Button type="dashed" block icon={<PlusOutlined />} data-testid="plan-rule-add">
                  {t('compensation.editor.addRule')}
                </Button>
              </Dropdown>
            )}
          </Flex>
        )}
      </Form.List>
    </>
  );
}
