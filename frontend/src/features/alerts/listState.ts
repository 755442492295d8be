import type { AlertFilter, AlertKind, AlertSeverity } from '@/graphql/generated/graphql';

/**
 * The alert list's filters as they live in the URL: `?kind=TRAFFIC_ANOMALY,ATTRITION_RISK&state=open`.
 * Defaults (every kind, every state) are left out, so a plain `/alerts` shows everything.
 */
export interface AlertListState {
  kinds: AlertKind[];
  state: AlertState;
}

/** open: nobody acknowledged it yet; acknowledged: acknowledged, not resolved; resolved. */
export const ALERT_STATES = ['all', 'open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const ALERT_KINDS: readonly AlertKind[] = ['TRAFFIC_ANOMALY', 'CONTRACT_EXPIRING', 'ATTRITION_RISK', 'PAYROLL_READY', 'AUTOMATION'];
export const ALERT_SEVERITIES: readonly AlertSeverity[] = ['INFO', 'WARNING', 'CRITICAL'];

export const DEFAULT_ALERT_LIST_STATE: AlertListState = { kinds: [], state: 'all' };

function isAlertState(value: string | null): value is AlertState {
  return value !== null && (ALERT_STATES as readonly string[]).includes(value);
}

export function parseAlertListState(params: URLSearchParams): AlertListState {
  const wanted = new Set((params.get('kind') ?? '').split(','));
  const state = params.get('state');
  return {
    kinds: ALERT_KINDS.filter((kind) => wanted.has(kind)),
    state: isAlertState(state) ? state : 'all',
  };
}

export function serializeAlertListState(state: AlertListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.kinds.length) params.set('kind', state.kinds.join(','));
  if (state.state !== 'all') params.set('state', state.state);
  return params;
}

export function toAlertFilter(state: AlertListState): AlertFilter {
  const filter: AlertFilter = {};
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.state === 'open') filter.acknowledged = false;
  if (state.state === 'acknowledged') {
    filter.acknowledged = true;
    filter.resolved = false;
  }
  if (state.state === 'resolved') filter.resolved = true;
  return filter;
}

/** Whether an alert that arrived live belongs in the list as filtered (the same rule as `toAlertFilter`). */
export function matchesAlertList(
  state: AlertListState,
  alert: { kind: AlertKind; acknowledgedAt?: string | null; resolvedAt?: string | null },
): boolean {
  if (state.kinds.length && !state.kinds.includes(alert.kind)) return false;
  switch (state.state) {
    case 'open':
      return !alert.acknowledgedAt;
    case 'acknowledged':
      return Boolean(alert.acknowledgedAt) && !alert.resolvedAt;
    case 'resolved':
      return Boolean(alert.resolvedAt);
    default:
      return true;
  }
}

/** Live alerts first (they are the newest), then the listed ones; an alert in both shows once, as listed. */
export function mergeLiveAlerts<T extends { id: string }>(live: readonly T[], listed: readonly T[]): T[] {
  const listedIds = new Set(listed.map((alert) => alert.id));
  return [...live.filter((alert) => !listedIds.has(alert.id)), ...listed];
}
