import type { MutationError } from '@/components/mutationErrors';
import type { AttendanceMonthFieldsFragment, AttendanceMonthInput, AttendanceRecordMutation } from '@/graphql/generated/graphql';

/** What the server takes (backend/resolvers/attendance/months.py): days 0 to 31, overtime 0 to 400 hours, both in halves. */
export const MAX_DAYS = 31;
export const MAX_OVERTIME_HOURS = 400;

// Named as AttendanceMonthInput's fields, so a rejection's `field` lands under the input it names.
export interface MonthFormValues {
  employeeId: string | null;
  /** The first day, `YYYY-MM-01`. */
  month: string | null;
  scheduledDays: string | null;
  workedDays: string | null;
  lateCount: number | null;
  lateMinutes: number | null;
  overtimeHours: string | null;
  absentDays: string | null;
}

/** A new month for `YYYY-MM`: the counts start at zero, the days are left to fill in. */
export function newMonthValues(month: string): MonthFormValues {
  return { employeeId: null, month: `${month}-01`, scheduledDays: null, workedDays: null, lateCount: 0, lateMinutes: 0, overtimeHours: '0', absentDays: '0' };
}

/** A stored month as the form shows it, to be corrected and sent again (which replaces it). */
export function valuesOfMonth(row: AttendanceMonthFieldsFragment): MonthFormValues {
  return {
    employeeId: row.employee?.id ?? null,
    month: row.month,
    scheduledDays: row.scheduledDays,
    workedDays: row.workedDays,
    lateCount: row.lateCount,
    lateMinutes: row.lateMinutes,
    overtimeHours: row.overtimeHours,
    absentDays: row.absentDays,
  };
}

/** The form as the one month of an `attendanceRecord` call; an emptied count or hours field means none. */
export function recordInput(values: MonthFormValues): { months: AttendanceMonthInput[] } {
  return {
    months: [
      {
        employeeId: values.employeeId ?? '',
        month: values.month ?? '',
        scheduledDays: values.scheduledDays ?? '',
        workedDays: values.workedDays ?? '',
        lateCount: values.lateCount ?? 0,
        lateMinutes: values.lateMinutes ?? 0,
        overtimeHours: values.overtimeHours || '0',
        absentDays: values.absentDays || '0',
      },
    ],
  };
}

/**
 * The payload in the shape `submitMutation` takes: the form is the call's only month (index 0),
 * so its rejections name the form's fields; one about another index (the call as a whole) names
 * no field of the form and shows above it.
 */
export function asFormPayload(payload: AttendanceRecordMutation['attendanceRecord']): { accepted: number; errors: MutationError[] } {
  return {
    accepted: payload.accepted,
    errors: payload.rejected.map((item) => ({ field: item.index === 0 ? item.field : null, code: item.code, message: item.message })),
  };
}

/** Why a day or hour figure cannot be sent (0 to `max`, in halves), or null when it can. */
export function halvesProblem(value: string | null | undefined, max: number): 'range' | 'halves' | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0 || number > max) return 'range';
  return Number.isInteger(number * 2) ? null : 'halves';
}

/** Why a count cannot be sent (a whole number, not negative), or null when it can. */
export function countProblem(value: number | null | undefined): 'whole' | null {
  if (value === null || value === undefined) return null;
  return Number.isInteger(value) && value >= 0 ? null : 'whole';
}
