import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALERT_LIST_STATE,
  matchesAlertList,
  mergeLiveAlerts,
  parseAlertListState,
  serializeAlertListState,
  toAlertFilter,
} from './listState';

describe('alert list URL state', () => {
  it('reads kinds and state from the query string, ignoring what it does not know', () => {
    expect(parseAlertListState(new URLSearchParams('kind=ATTRITION_RISK,NOPE,TRAFFIC_ANOMALY&state=open'))).toEqual({
      kinds: ['TRAFFIC_ANOMALY', 'ATTRITION_RISK'],
      state: 'open',
    });
    expect(parseAlertListState(new URLSearchParams('state=closed'))).toEqual(DEFAULT_ALERT_LIST_STATE);
  });

  it('leaves defaults out of the URL and round-trips the rest', () => {
    expect(serializeAlertListState(DEFAULT_ALERT_LIST_STATE).toString()).toBe('');
    const state = { kinds: ['PAYROLL_READY' as const], state: 'resolved' as const };
    expect(parseAlertListState(serializeAlertListState(state))).toEqual(state);
  });

  it('turns each state into the server filter', () => {
    expect(toAlertFilter(DEFAULT_ALERT_LIST_STATE)).toEqual({});
    expect(toAlertFilter({ kinds: [], state: 'open' })).toEqual({ acknowledged: false });
    expect(toAlertFilter({ kinds: [], state: 'acknowledged' })).toEqual({ acknowledged: true, resolved: false });
    expect(toAlertFilter({ kinds: ['TRAFFIC_ANOMALY'], state: 'resolved' })).toEqual({ kinds: ['TRAFFIC_ANOMALY'], resolved: true });
  });
});

describe('live alerts in the list', () => {
  const open = { id: 'a', kind: 'TRAFFIC_ANOMALY' as const, acknowledgedAt: null, resolvedAt: null };

  it('match the list filter the same way the server does', () => {
    expect(matchesAlertList(DEFAULT_ALERT_LIST_STATE, open)).toBe(true);
    expect(matchesAlertList({ kinds: [], state: 'open' }, open)).toBe(true);
    expect(matchesAlertList({ kinds: [], state: 'acknowledged' }, open)).toBe(false);
    expect(matchesAlertList({ kinds: ['PAYROLL_READY'], state: 'all' }, open)).toBe(false);
    expect(matchesAlertList({ kinds: [], state: 'resolved' }, { ...open, acknowledgedAt: 'x', resolvedAt: 'y' })).toBe(true);
  });

  it('go on top, and an alert already listed is not shown twice', () => {
    const merged = mergeLiveAlerts([{ id: 'new' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]);
    expect(merged.map((alert) => alert.id)).toEqual(['new', 'b', 'c']);
  });
});
