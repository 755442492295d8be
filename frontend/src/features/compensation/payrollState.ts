import type { Language } from '@/app/i18n';
import type { PayrollRunStatus } from '@/graphql/generated/graphql';

export const PAYROLL_STATUSES: readonly PayrollRunStatus[] = ['DRAFT', 'COMPUTING', 'COMPUTED', 'LOCKED'];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function pageSize(raw: string | null): number {
  const size = Number(raw);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}

/** `YYYY-MM` → the first day of that month, or null. */
export function monthStart(raw: string | null | undefined): string | null {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(raw ?? '');
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}-01` : null;
}

/** The run list in the URL: `/payroll?month=2026-10&status=COMPUTED&page=2&size=50`. */
export interface RunListState {
  month: string | null;
  status: PayrollRunStatus[];
  page: number;
  pageSize: number;
}

export const DEFAULT_RUN_LIST: RunListState = { month: null, status: [], page: 1, pageSize: DEFAULT_PAGE_SIZE };

export function parseRunListState(params: URLSearchParams): RunListState {
  const wanted = new Set((params.get('status') ?? '').split(','));
  return {
    month: monthStart(params.get('month')),
    status: PAYROLL_STATUSES.filter((status) => wanted.has(status)),
    page: positiveInt(params.get('page'), 1),
    pageSize: pageSize(params.get('size')),
  };
}

export function serializeRunListState(state: RunListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.month) params.set('month', state.month.slice(0, 7));
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

export function runListFilter(state: RunListState): { month?: string; status?: PayrollRunStatus[] } {
  return { ...(state.month ? { month: state.month } : {}), ...(state.status.length ? { status: state.status } : {}) };
}

/**
 * A run's payslip table in the URL: `/payroll/<id>?team=<teamId>&q=王&page=2&size=50`
 * (the API cannot filter to the people in no team, so there is no such filter).
 */
export interface PayslipListState {
  teamId: string | null;
  search: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAYSLIP_LIST: PayslipListState = { teamId: null, search: '', page: 1, pageSize: DEFAULT_PAGE_SIZE };

export function parsePayslipListState(params: URLSearchParams): PayslipListState {
  return {
    teamId: params.get('team') || null,
    search: (params.get('q') ?? '').trim(),
    page: positiveInt(params.get('page'), 1),
    pageSize: pageSize(params.get('size')),
  };
}

export function serializePayslipListState(state: PayslipListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.teamId) params.set('team', state.teamId);
  if (state.search) params.set('q', state.search);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1. */
export function updateState<S extends { page: number }>(state: S, change: Partial<S>): S {
  const next = { ...state, ...change };
  return Object.keys(change).every((key) => key === 'page') ? next : { ...next, page: change.page ?? 1 };
}

/** The kinds of payslip line the server explains (`PayslipLine.kind`). */
export const LINE_KINDS = [
  'base',
  'gift_share',
  'gmv_tiers',
  'ladder',
  'team_incentive',
  'cap',
  'minimum_guarantee',
  'no_plan',
  'adjustment',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export function isLineKind(kind: string): kind is LineKind {
  return (LINE_KINDS as readonly string[]).includes(kind);
}

export const LINE_KIND_COLORS: Record<LineKind, string> = {
  base: 'default',
  gift_share: 'magenta',
  gmv_tiers: 'purple',
  ladder: 'geekblue',
  team_incentive: 'cyan',
  cap: 'volcano',
  minimum_guarantee: 'gold',
  no_plan: 'default',
  adjustment: 'green',
};

export type RunScope = { kind: 'all' } | { kind: 'department' | 'team'; key: string } | { kind: 'other'; raw: string };

/** A run's `scope`: `"all"`, `"department:<pk>"` or `"team:<pk>"`. */
export function parseRunScope(scope: string): RunScope {
  if (scope === 'all') return { kind: 'all' };
  const match = /^(department|team):(.+)$/.exec(scope);
  return match ? { kind: match[1] as 'department' | 'team', key: match[2]! } : { kind: 'other', raw: scope };
}

/** `2026-10-01` → `2026年10月` / `October 2026`. */
export function monthLabel(month: string, language: Language): string {
  const start = monthStart(month.slice(0, 7));
  if (!start) return month;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${start}T00:00:00Z`));
}

/** The month before `today`'s (company time), as its first day: what a new run is usually for. */
export function previousMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, month - 2, 1));
  return date.toISOString().slice(0, 10);
}

/** Is a Decimal string below zero (a deduction), read from its text. */
export function isNegative(value: string): boolean {
  return /^-/.test(value.trim()) && /[1-9]/.test(value);
}
