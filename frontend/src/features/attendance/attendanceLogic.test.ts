import { describe, expect, it } from 'vitest';
import {
  canCancelLeave,
  leaveResultSetKey,
  parseLeaveListState,
  parseMonthListState,
  previousMonth,
  serializeLeaveListState,
  serializeMonthListState,
  toLeaveFilter,
  toMonthFilter,
  updateListState,
  workingDays,
} from './attendanceLogic';

describe('month list state', () => {
  it('defaults to last month, across a year end', () => {
    expect(previousMonth('2026-12-03')).toBe('2026-11');
    expect(previousMonth('2026-01-31')).toBe('2025-12');
    expect(parseMonthListState(new URLSearchParams('month=2026-13'), '2026-12-03').month).toBe('2026-11');
  });

  it('round-trips, leaving the default month out', () => {
    const state = parseMonthListState(new URLSearchParams('month=2026-09&page=2&size=50'), '2026-12-03');
    expect(state).toEqual({ month: '2026-09', page: 2, pageSize: 50 });
    expect(serializeMonthListState(state, '2026-12-03').toString()).toBe('month=2026-09&page=2&size=50');
    expect(serializeMonthListState({ ...state, month: '2026-11', page: 1, pageSize: 20 }, '2026-12-03').toString()).toBe('');
  });

  it('asks for one month by its first day', () => {
    expect(toMonthFilter({ month: '2026-02' })).toEqual({ monthFrom: '2026-02-01', monthTo: '2026-02-01' });
  });
});

describe('leave list state', () => {
  it('keeps known statuses only and pages back to 1 on a filter change', () => {
    const state = parseLeaveListState(new URLSearchParams('status=PENDING,NOPE&page=3'));
    expect(state).toEqual({ statuses: ['PENDING'], page: 3, pageSize: 20 });
    expect(serializeLeaveListState(state).toString()).toBe('status=PENDING&page=3');
    expect(updateListState(state, { statuses: [] }).page).toBe(1);
    expect(updateListState(state, { page: 4 }).page).toBe(4);
    expect(toLeaveFilter({ statuses: [] })).toEqual({});
    expect(leaveResultSetKey(state)).toBe(leaveResultSetKey({ ...state, page: 1 }));
  });
});

describe('leave rules', () => {
  it('counts Monday to Friday only', () => {
    // 2026-12-04 is a Friday; the 7th the next Monday.
    expect(workingDays('2026-12-04', '2026-12-07')).toBe(2);
    expect(workingDays('2026-12-05', '2026-12-06')).toBe(0);
    expect(workingDays('2026-12-07', '2026-12-04')).toBe(0);
  });

  it('lets an employee cancel pending or future leave, HR any open leave', () => {
    expect(canCancelLeave('PENDING', '2026-01-01', '2026-12-03', false)).toBe(true);
    expect(canCancelLeave('APPROVED', '2026-12-10', '2026-12-03', false)).toBe(true);
    expect(canCancelLeave('APPROVED', '2026-12-01', '2026-12-03', false)).toBe(false);
    expect(canCancelLeave('APPROVED', '2026-12-01', '2026-12-03', true)).toBe(true);
    expect(canCancelLeave('REJECTED', '2026-12-10', '2026-12-03', true)).toBe(false);
  });
});
