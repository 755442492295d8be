import type { LeaveKind, LeaveStatus } from '@/graphql/generated/graphql';

export const LEAVE_KINDS: readonly LeaveKind[] = ['ANNUAL', 'SICK', 'PERSONAL', 'MARRIAGE', 'MATERNITY', 'PATERNITY', 'BEREAVEMENT', 'UNPAID'];
export const LEAVE_STATUSES: readonly LeaveStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'];

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function pageSizeOf(params: URLSearchParams): number {
  const size = Number(params.get('size'));
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}

/** `YYYY-MM` of a calendar date string, or of the month before `today` (the last one the time clock has closed). */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 2, 1));
  return start.toISOString().slice(0, 7);
}

/** The month table in the URL: `?month=2026-11&page=2&size=50`; no month means last month. */
export interface MonthListState {
  month: string;
  page: number;
  pageSize: number;
}

export function parseMonthListState(params: URLSearchParams, today: string): MonthListState {
  const raw = params.get('month') ?? '';
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(raw);
  return { month: valid ? raw : previousMonth(today), page: positiveInt(params.get('page'), 1), pageSize: pageSizeOf(params) };
}

export function serializeMonthListState(state: MonthListState, today: string): URLSearchParams {
  const params = new URLSearchParams();
  if (state.month !== previousMonth(today)) params.set('month', state.month);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** One month's rows: from and to its first day (months are stored by their first day). */
export function toMonthFilter(state: Pick<MonthListState, 'month'>): { monthFrom: string; monthTo: string } {
  const first = `${state.month}-01`;
  return { monthFrom: first, monthTo: first };
}

export function monthResultSetKey(state: MonthListState): string {
  return JSON.stringify(toMonthFilter(state));
}

/** The leave list in the URL: `?status=PENDING&page=2`. */
export interface LeaveListState {
  statuses: LeaveStatus[];
  page: number;
  pageSize: number;
}

export function parseLeaveListState(params: URLSearchParams): LeaveListState {
  const statuses = (params.get('status') ?? '').split(',').filter((value): value is LeaveStatus => (LEAVE_STATUSES as readonly string[]).includes(value));
  return { statuses: [...new Set(statuses)], page: positiveInt(params.get('page'), 1), pageSize: pageSizeOf(params) };
}

export function serializeLeaveListState(state: LeaveListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

export function toLeaveFilter(state: Pick<LeaveListState, 'statuses'>): { status?: LeaveStatus[] } {
  return state.statuses.length ? { status: state.statuses } : {};
}

export function leaveResultSetKey(state: LeaveListState): string {
  return JSON.stringify(toLeaveFilter(state));
}

/** A change of anything but the page goes back to page 1. */
export function updateListState<S extends { page: number }>(state: S, change: Partial<S>): S {
  const next = { ...state, ...change };
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  return onlyPaging ? next : { ...next, page: change.page ?? 1 };
}

/** Mon-Fri days from start to end, inclusive, as the server counts leave when no days are given. */
export function workingDays(start: string, end: string): number {
  const from = Date.parse(`${start}T00:00:00Z`);
  const to = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return 0;
  let count = 0;
  for (let day = from; day <= to; day += 86_400_000) {
    const weekday = new Date(day).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}

/** Only a pending request is decided; HR may cancel pending or approved leave, an employee their own pending or not-yet-begun leave. */
export function canCancelLeave(status: LeaveStatus, startDate: string, today: string, isHr: boolean): boolean {
  if (status === 'PENDING') return true;
  if (status !== 'APPROVED') return false;
  return isHr || startDate > today;
}
