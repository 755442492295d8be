/**
 * A rule's form and the input the API takes from it. The form's fields are named as the input's
 * (`triggerParams.days`, `actions.0.params.dueDays`), so each error the server names lands under
 * the field it is about.
 */
import type { AlertKind, AutomationActionKind, AutomationRuleCreateInput, AutomationTriggerKind } from '@/graphql/generated/graphql';

export const TRIGGER_KINDS: readonly AutomationTriggerKind[] = ['RISK_ABOVE', 'FEW_TRAININGS', 'CONTRACT_EXPIRING', 'ALERT_RAISED'];
export const ACTION_KINDS: readonly AutomationActionKind[] = ['CREATE_TASK', 'ALERT_MANAGER', 'ASSIGN_TRAINING_PLAN', 'CALL_WEBHOOK'];
/** What an ALERT_RAISED rule can wait for: an automation's own alerts cannot trigger a rule (it would loop). */
export const TRIGGER_ALERT_KINDS: readonly AlertKind[] = ['ATTRITION_RISK', 'CONTRACT_EXPIRING', 'TRAFFIC_ANOMALY', 'PAYROLL_READY'];
export const SEVERITIES = ['info', 'warning', 'critical'] as const;
/** The server takes at most this many actions per rule. */
export const MAX_ACTIONS = 5;

/** Each kind's parameters, as the server names them. */
export const TRIGGER_PARAMS: Record<AutomationTriggerKind, readonly string[]> = {
  RISK_ABOVE: ['threshold'],
  FEW_TRAININGS: ['minimum', 'months'],
  CONTRACT_EXPIRING: ['days'],
  ALERT_RAISED: ['kind'],
};
export const ACTION_PARAMS: Record<AutomationActionKind, readonly string[]> = {
  ASSIGN_TRAINING_PLAN: ['planId'],
  CREATE_TASK: ['title', 'description', 'dueDays'],
  ALERT_MANAGER: ['message', 'severity'],
  CALL_WEBHOOK: ['topic', 'note'],
};

export type ParamValue = string | number | null | undefined;
export type ParamValues = Record<string, ParamValue>;

export interface ActionFormValues {
  kind: AutomationActionKind;
  /** Every kind's parameters (switching kinds keeps what was typed); only the chosen kind's are sent. */
  params?: ParamValues;
}

export interface RuleFormValues {
  name?: string;
  description?: string;
  triggerKind: AutomationTriggerKind;
  /** As `ActionFormValues.params`. RISK_ABOVE's threshold is a percent here (the API takes a share, 0 to 1). */
  triggerParams?: ParamValues;
  actions: ActionFormValues[];
  cooldownDays?: number | null;
  enabled: boolean;
}

/** A new action, with the defaults the server would fill in shown in its fields. */
export function newAction(kind: AutomationActionKind = 'CREATE_TASK'): ActionFormValues {
  return { kind, params: { dueDays: 7, severity: 'warning' } };
}

export function newRule(): RuleFormValues {
  return { triggerKind: 'RISK_ABOVE', triggerParams: { months: 12 }, actions: [newAction()], cooldownDays: 90, enabled: true };
}

/** The named parameters that hold something: text trimmed, empty ones left out (the server then says what is missing). */
function filled(params: ParamValues | undefined, names: readonly string[]): Record<string, string | number> {
  const found: Record<string, string | number> = {};
  for (const name of names) {
    const value = params?.[name];
    if (typeof value === 'number') found[name] = value;
    else if (typeof value === 'string' && value.trim()) found[name] = value.trim();
  }
  return found;
}

export function triggerParamsInput(kind: AutomationTriggerKind, params: ParamValues | undefined): Record<string, string | number> {
  const found = filled(params, TRIGGER_PARAMS[kind]);
  // Rounded to a hundredth of a percent: 33.3 / 100 is 0.33299999999999996 in floating point.
  if (kind === 'RISK_ABOVE' && typeof found.threshold === 'number') found.threshold = Math.round(found.threshold * 100) / 10000;
  return found;
}

export function actionsInput(actions: readonly ActionFormValues[]): AutomationRuleCreateInput['actions'] {
  return actions.map((action) => ({ kind: action.kind, params: filled(action.params, ACTION_PARAMS[action.kind]) }));
}

export function createInput(values: RuleFormValues): AutomationRuleCreateInput {
  return {
    name: values.name?.trim() ?? '',
    description: values.description?.trim() ?? '',
    triggerKind: values.triggerKind,
    triggerParams: triggerParamsInput(values.triggerKind, values.triggerParams),
    actions: actionsInput(values.actions),
    enabled: values.enabled,
    // The form requires it; were it empty anyway, 0 has the server refuse it under its field rather than default it.
    cooldownDays: values.cooldownDays ?? 0,
  };
}
