import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAYSLIP_LIST,
  isNegative,
  monthLabel,
  monthStart,
  parsePayslipListState,
  parseRunListState,
  parseRunScope,
  previousMonth,
  runListFilter,
  serializePayslipListState,
  serializeRunListState,
  updateState,
} from './payrollState';

describe('run list state', () => {
  it('reads and writes the URL, defaults left out', () => {
    const state = parseRunListState(new URLSearchParams('month=2026-10&status=LOCKED,BOGUS&page=2&size=50'));
    expect(state).toEqual({ month: '2026-10-01', status: ['LOCKED'], page: 2, pageSize: 50 });
    expect(serializeRunListState(state).toString()).toBe('month=2026-10&status=LOCKED&page=2&size=50');
    expect(serializeRunListState(parseRunListState(new URLSearchParams('month=2026-13&size=7'))).toString()).toBe('');
    expect(runListFilter(state)).toEqual({ month: '2026-10-01', status: ['LOCKED'] });
    expect(runListFilter(parseRunListState(new URLSearchParams()))).toEqual({});
  });
});

describe('payslip list state', () => {
  it('keeps the team and the search in the URL and goes back to page 1 when they change', () => {
    const state = parsePayslipListState(new URLSearchParams('team=VGVhbTox&q=%20王%20&page=3'));
    expect(state).toEqual({ teamId: 'VGVhbTox', search: '王', page: 3, pageSize: 20 });
    expect(serializePayslipListState(state).toString()).toBe('team=VGVhbTox&q=%E7%8E%8B&page=3');
    expect(updateState(state, { search: '李' })).toEqual({ ...state, search: '李', page: 1 });
    expect(updateState(state, { page: 4 })).toEqual({ ...state, page: 4 });
    expect(serializePayslipListState(DEFAULT_PAYSLIP_LIST).toString()).toBe('');
  });
});

describe('months and scopes', () => {
  it('reads months', () => {
    expect(monthStart('2026-02')).toBe('2026-02-01');
    expect(monthStart('2026-02-17')).toBe('2026-02-01');
    expect(monthStart('2026-00')).toBeNull();
    expect(previousMonth('2026-01-15')).toBe('2025-12-01');
    expect(previousMonth('2026-03-31')).toBe('2026-02-01');
    expect(monthLabel('2026-10-01', 'en')).toBe('October 2026');
    expect(monthLabel('2026-10-01', 'zh-CN')).toBe('2026年10月');
  });

  it('reads a run scope', () => {
    expect(parseRunScope('all')).toEqual({ kind: 'all' });
    expect(parseRunScope('team:4')).toEqual({ kind: 'team', key: '4' });
    expect(parseRunScope('department:2')).toEqual({ kind: 'department', key: '2' });
    expect(parseRunScope('x')).toEqual({ kind: 'other', raw: 'x' });
  });

  it('tells a deduction from its text', () => {
    expect(isNegative('-381306.87')).toBe(true);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('500.00')).toBe(false);
  });
});
