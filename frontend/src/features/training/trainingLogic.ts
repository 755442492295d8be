import type { EnrolmentStatus, TrainingCategory } from '@/graphql/generated/graphql';

export const TRAINING_CATEGORIES: readonly TrainingCategory[] = ['ONBOARDING', 'COMPLIANCE', 'LIVE_SKILLS', 'PRODUCT', 'LEADERSHIP', 'TECHNICAL'];
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['ASSIGNED', 'ENROLLED', 'COMPLETED', 'NO_SHOW', 'CANCELLED'];

/** Only an open enrolment takes an outcome or a cancellation (the server answers WRONG_STATUS otherwise). */
export function isOpenEnrolment(status: EnrolmentStatus): boolean {
  return status === 'ASSIGNED' || status === 'ENROLLED';
}

/** Seats left on a session; null for no limit. Never negative (capacity may have been lowered to the booked count). */
export function seatsLeft(capacity: number | null | undefined, booked: number): number | null {
  if (capacity === null || capacity === undefined) return null;
  return Math.max(0, capacity - booked);
}

/**
 * The enrolment list as it lives in the URL: `?status=ASSIGNED,ENROLLED&program=<id>&employee=<id>&plan=<id>&page=2&size=50`.
 * Defaults are left out, so a plain `/training/enrolments` is the first page of everything one may see.
 */
export interface EnrolmentListState {
  statuses: EnrolmentStatus[];
  programId: string | null;
  employeeId: string | null;
  planId: string | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function parseEnrolmentListState(params: URLSearchParams): EnrolmentListState {
  const size = Number(params.get('size'));
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((value): value is EnrolmentStatus => (ENROLMENT_STATUSES as readonly string[]).includes(value));
  return {
    statuses: [...new Set(statuses)],
    programId: params.get('program') || null,
    employeeId: params.get('employee') || null,
    planId: params.get('plan') || null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function serializeEnrolmentListState(state: EnrolmentListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.programId) params.set('program', state.programId);
  if (state.employeeId) params.set('employee', state.employeeId);
  if (state.planId) params.set('plan', state.planId);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1. */
export function updateEnrolmentListState(state: EnrolmentListState, change: Partial<EnrolmentListState>): EnrolmentListState {
  const next = { ...state, ...change };
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  return onlyPaging ? next : { ...next, page: change.page ?? 1 };
}

export interface EnrolmentFilterInput {
  status?: EnrolmentStatus[];
  programId?: string;
  employeeId?: string;
  planId?: string;
}

export function toEnrolmentFilter(state: Pick<EnrolmentListState, 'statuses' | 'programId' | 'employeeId' | 'planId'>): EnrolmentFilterInput {
  const filter: EnrolmentFilterInput = {};
  if (state.statuses.length) filter.status = state.statuses;
  if (state.programId) filter.programId = state.programId;
  if (state.employeeId) filter.employeeId = state.employeeId;
  if (state.planId) filter.planId = state.planId;
  return filter;
}

/** Identifies one ordered result set: cursors are only valid within it. */
export function enrolmentResultSetKey(state: EnrolmentListState): string {
  return JSON.stringify(toEnrolmentFilter(state));
}

/** A score as typed (0-100, at most one decimal) or null when it is not one; the server checks it again. */
export function parseScore(raw: string): string | null {
  const text = raw.trim();
  if (!/^\d{1,3}(\.\d)?$/.test(text)) return null;
  return Number(text) <= 100 ? text : null;
}
