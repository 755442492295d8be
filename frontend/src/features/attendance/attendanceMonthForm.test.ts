import { describe, expect, it } from 'vitest';
import type { AttendanceMonthFieldsFragment } from '@/graphql/generated/graphql';
import { asFormPayload, countProblem, halvesProblem, newMonthValues, recordInput, valuesOfMonth } from './attendanceMonthForm';

const stored = {
  __typename: 'AttendanceMonth',
  id: 'QXR0ZW5kYW5jZU1vbnRoOjE=',
  month: '2026-10-01',
  scheduledDays: '22.0',
  workedDays: '20.5',
  lateCount: 3,
  lateMinutes: 41,
  overtimeHours: '12.5',
  absentDays: '1.0',
  source: 'dingtalk',
  employee: { __typename: 'Employee', id: 'RW1wbG95ZWU6Nw==', employeeNo: 'E0007', name: '王小美', team: null },
} as AttendanceMonthFieldsFragment;

describe('the month form', () => {
  it('sends a new month as the one item of the call, on the first day, empty counts as none', () => {
    const values = { ...newMonthValues('2026-11'), employeeId: 'RW1wbG95ZWU6Nw==', scheduledDays: '21', workedDays: '19.5', lateCount: null, overtimeHours: '' };
    expect(recordInput(values)).toEqual({
      months: [
        { employeeId: 'RW1wbG95ZWU6Nw==', month: '2026-11-01', scheduledDays: '21', workedDays: '19.5', lateCount: 0, lateMinutes: 0, overtimeHours: '0', absentDays: '0' },
      ],
    });
  });

  it('sends a stored month back as it was, so a correction replaces just what changed', () => {
    expect(recordInput({ ...valuesOfMonth(stored), workedDays: '21' }).months).toEqual([
      { employeeId: 'RW1wbG95ZWU6Nw==', month: '2026-10-01', scheduledDays: '22.0', workedDays: '21', lateCount: 3, lateMinutes: 41, overtimeHours: '12.5', absentDays: '1.0' },
    ]);
  });

  it('turns the rejections of its one item into errors under the fields they name, the rest above the form', () => {
    const payload = {
      accepted: 0,
      rejected: [
        { index: 0, field: 'workedDays', code: 'INVALID', message: 'workedDays cannot exceed scheduledDays.' },
        { index: 1000, field: 'months', code: 'INVALID', message: 'At most 1000 months a call.' },
      ],
    };
    expect(asFormPayload(payload)).toEqual({
      accepted: 0,
      errors: [
        { field: 'workedDays', code: 'INVALID', message: 'workedDays cannot exceed scheduledDays.' },
        { field: null, code: 'INVALID', message: 'At most 1000 months a call.' },
      ],
    });
    expect(asFormPayload({ accepted: 1, rejected: [] })).toEqual({ accepted: 1, errors: [] });
  });

  it('takes days and hours from 0 to the maximum in halves, counts as whole numbers', () => {
    expect(halvesProblem('20.5', 31)).toBeNull();
    expect(halvesProblem('31', 31)).toBeNull();
    expect(halvesProblem(null, 31)).toBeNull();
    expect(halvesProblem('31.5', 31)).toBe('range');
    expect(halvesProblem('-0.5', 31)).toBe('range');
    expect(halvesProblem('20.3', 31)).toBe('halves');
    expect(countProblem(0)).toBeNull();
    expect(countProblem(2.5)).toBe('whole');
    expect(countProblem(-1)).toBe('whole');
  });
});
