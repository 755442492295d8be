import { describe, expect, it } from 'vitest';
import { createInput, newAction, newRule, triggerParamsInput, type RuleFormValues } from './ruleForm';

describe('triggerParamsInput', () => {
  it('sends only the chosen kind’s parameters', () => {
    const typed = { threshold: 30, minimum: 2, months: 12, days: 30, kind: 'TRAFFIC_ANOMALY' };
    expect(triggerParamsInput('FEW_TRAININGS', typed)).toEqual({ minimum: 2, months: 12 });
    expect(triggerParamsInput('CONTRACT_EXPIRING', typed)).toEqual({ days: 30 });
    expect(triggerParamsInput('ALERT_RAISED', typed)).toEqual({ kind: 'TRAFFIC_ANOMALY' });
  });

  it('turns the risk percent into the share the API takes, without floating-point noise', () => {
    expect(triggerParamsInput('RISK_ABOVE', { threshold: 25 })).toEqual({ threshold: 0.25 });
    expect(triggerParamsInput('RISK_ABOVE', { threshold: 33.3 })).toEqual({ threshold: 0.333 });
  });

  it('leaves out what is empty, so the server names what is missing', () => {
    expect(triggerParamsInput('FEW_TRAININGS', { minimum: null, months: undefined })).toEqual({});
    expect(triggerParamsInput('ALERT_RAISED', { kind: '  ' })).toEqual({});
    expect(triggerParamsInput('RISK_ABOVE', undefined)).toEqual({});
  });

  it('passes a number out of range as typed, for the server to refuse under its field', () => {
    expect(triggerParamsInput('CONTRACT_EXPIRING', { days: 400 })).toEqual({ days: 400 });
  });
});

describe('createInput', () => {
  it('builds the rule with each action’s own parameters, text trimmed', () => {
    const values: RuleFormValues = {
      name: '  Contract ending  ',
      description: ' Talk early ',
      triggerKind: 'CONTRACT_EXPIRING',
      triggerParams: { months: 12, days: 30 },
      actions: [
        { kind: 'CREATE_TASK', params: { title: ' Renewal talk ', description: '', dueDays: 10, severity: 'warning', planId: 'VHJhaW5pbmdQbGFuOjE=' } },
        { kind: 'ALERT_MANAGER', params: { message: '{name}: contract ends soon', severity: 'critical', dueDays: 7 } },
        { kind: 'ASSIGN_TRAINING_PLAN', params: { planId: 'VHJhaW5pbmdQbGFuOjE=', title: 'left over' } },
        { kind: 'CALL_WEBHOOK', params: { topic: 'renewals', note: '' } },
      ],
      cooldownDays: 60,
      enabled: false,
    };
    expect(createInput(values)).toEqual({
      name: 'Contract ending',
      description: 'Talk early',
      triggerKind: 'CONTRACT_EXPIRING',
      triggerParams: { days: 30 },
      actions: [
        { kind: 'CREATE_TASK', params: { title: 'Renewal talk', dueDays: 10 } },
        { kind: 'ALERT_MANAGER', params: { message: '{name}: contract ends soon', severity: 'critical' } },
        { kind: 'ASSIGN_TRAINING_PLAN', params: { planId: 'VHJhaW5pbmdQbGFuOjE=' } },
        { kind: 'CALL_WEBHOOK', params: { topic: 'renewals' } },
      ],
      cooldownDays: 60,
      enabled: false,
    });
  });

  it('sends a new rule as the form starts it: the server’s defaults shown, the rest for HR to fill in', () => {
    expect(createInput(newRule())).toEqual({
      name: '',
      description: '',
      triggerKind: 'RISK_ABOVE',
      triggerParams: {},
      actions: [{ kind: 'CREATE_TASK', params: { dueDays: 7 } }],
      cooldownDays: 90,
      enabled: true,
    });
    expect(createInput({ ...newRule(), actions: [newAction('ALERT_MANAGER')] }).actions).toEqual([{ kind: 'ALERT_MANAGER', params: { severity: 'warning' } }]);
  });
});
