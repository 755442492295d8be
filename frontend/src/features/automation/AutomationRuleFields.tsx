import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutomationActionKind, AutomationTriggerKind } from '@/graphql/generated/graphql';
import { AutomationTrainingPlanOptionsQuery } from './queries';
import { ACTION_KINDS, MAX_ACTIONS, newAction, SEVERITIES, TRIGGER_ALERT_KINDS, TRIGGER_KINDS } from './ruleForm';

/*
 * A rule's trigger and actions, each kind asking for its own parameters. Fields are named as the
 * mutation input's (see ruleForm.ts), so the server's errors show under them; the server checks
 * every value, the form only converts the risk percent.
 */

const wide = { style: { width: '100%' } };

/** The trigger kind and its parameters. */
export function TriggerFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch<AutomationTriggerKind | undefined>('triggerKind');
  const param = (name: string) => ['triggerParams', name];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="triggerKind" label={t('automation.form.trigger')}>
          <Select<AutomationTriggerKind> options={TRIGGER_KINDS.map((value) => ({ value, label: t(`automation.form.triggerKind.${value}`) }))} data-testid="automation-form-trigger-kind" />
        </Form.Item>
      </Col>
      {kind === 'RISK_ABOVE' ? (
        <Col xs={24} md={12}>
          <Form.Item
            name={param('threshold')}
            label={t('automation.form.params.threshold')}
            rules={[{ type: 'number', min: 0, max: 100, message: t('automation.form.thresholdRange') }]}
          >
            <InputNumber step={5} suffix="%" {...wide} data-testid="automation-form-threshold" />
          </Form.Item>
        </Col>
      ) : null}
      {kind === 'FEW_TRAININGS' ? (
        <>
          <Col xs={12} md={6}>
            <Form.Item name={param('minimum')} label={t('automation.form.params.minimum')}>
              <InputNumber {...wide} data-testid="automation-form-minimum" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name={param('months')} label={t('automation.form.params.months')}>
              <InputNumber {...wide} data-testid="automation-form-months" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {kind === 'CONTRACT_EXPIRING' ? (
        <Col xs={24} md={12}>
          <Form.Item name={param('days')} label={t('automation.form.params.days')}>
            <InputNumber {...wide} data-testid="automation-form-days" />
          </Form.Item>
        </Col>
      ) : null}
      {kind === 'ALERT_RAISED' ? (
        <Col xs={24} md={12}>
          <Form.Item name={param('kind')} label={t('automation.form.params.alertKind')}>
            <Select options={TRIGGER_ALERT_KINDS.map((value) => ({ value, label: t(`enums.alertKind.${value}`) }))} data-testid="automation-form-alert-kind" />
          </Form.Item>
        </Col>
      ) : null}
    </Row>
  );
}

/** One action: its kind and that kind's parameters (`name` is its index in the `actions` list). */
function ActionFields({ name, plans }: { name: number; plans: { options: { value: string; label: string }[]; loading: boolean } }) {
  const { t } = useTranslation();
  const kind = Form.useWatch<AutomationActionKind | undefined>(['actions', name, 'kind']);
  const param = (key: string) => [name, 'params', key];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={[name, 'kind']} label={t('automation.form.actionKind')}>
          <Select<AutomationActionKind> options={ACTION_KINDS.map((value) => ({ value, label: t(`automation.actionKind.${value}`) }))} data-testid="automation-form-action-kind" />
        </Form.Item>
      </Col>
      {kind === 'ASSIGN_TRAINING_PLAN' ? (
        <Col xs={24} md={12}>
          <Form.Item name={param('planId')} label={t('automation.form.params.planId')}>
            <Select showSearch optionFilterProp="label" loading={plans.loading} options={plans.options} {...wide} data-testid="automation-form-plan" />
          </Form.Item>
        </Col>
      ) : null}
      {kind === 'CREATE_TASK' ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item name={param('title')} label={t('automation.form.params.title')}>
              <Input maxLength={200} data-testid="automation-form-task-title" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name={param('description')} label={t('automation.form.params.taskDescription')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="automation-form-task-description" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={param('dueDays')} label={t('automation.form.params.dueDays')}>
              <InputNumber {...wide} data-testid="automation-form-due-days" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {kind === 'ALERT_MANAGER' ? (
        <>
          <Col xs={24} md={16}>
            <Form.Item name={param('message')} label={t('automation.form.params.message')} extra={t('automation.form.params.messageHint')}>
              <Input data-testid="automation-form-message" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={param('severity')} label={t('automation.form.params.severity')}>
              <Select options={SEVERITIES.map((value) => ({ value, label: t(`enums.alertSeverity.${value.toUpperCase() as Uppercase<typeof value>}`) }))} data-testid="automation-form-severity" />
            </Form.Item>
          </Col>
        </>
      ) : null}
      {kind === 'CALL_WEBHOOK' ? (
        <>
          <Col xs={24} md={12}>
            <Form.Item name={param('topic')} label={t('automation.form.params.topic')} extra={t('automation.form.params.topicHint')}>
              <Input data-testid="automation-form-topic" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name={param('note')} label={t('automation.form.params.note')}>
              <Input data-testid="automation-form-note" />
            </Form.Item>
          </Col>
        </>
      ) : null}
    </Row>
  );
}

/** The rule's actions, one to MAX_ACTIONS, done in order for each person the trigger matches. */
export function ActionListFields() {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AutomationTrainingPlanOptionsQuery, { fetchPolicy: 'cache-and-network' });
  const plans = { options: data?.trainingPlans?.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [], loading };
  return (
    <Form.List name="actions">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={12}>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('automation.form.actionN', { n: index + 1 })}
              data-testid="automation-form-action"
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={fields.length <= 1}
                  onClick={() => remove(field.name)}
                  aria-label={t('automation.form.removeAction')}
                  data-testid="automation-form-action-remove"
                />
              }
            >
              <ActionFields name={field.name} plans={plans} />
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          {fields.length < MAX_ACTIONS ? (
            <Button icon={<PlusOutlined />} onClick={() => add(newAction())} data-testid="automation-form-action-add">
              {t('automation.form.addAction')}
            </Button>
          ) : (
            <Typography.Text type="secondary">{t('automation.form.maxActions', { count: MAX_ACTIONS })}</Typography.Text>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
