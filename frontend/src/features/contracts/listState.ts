import type { ContractFilter, ContractStatus, ContractType } from '@/graphql/generated/graphql';
import { CONTRACT_STATUSES, CONTRACT_TYPES, EXPIRING_WITHIN_DAYS } from './contractLogic';

/**
 * Everything the contract list shows, as it lives in the URL query string:
 * `?view=expiring&type=FULL_TIME,PART_TIME&team=<id>&employee=<id>&page=2&size=50`, or in the
 * whole list `?status=ACTIVE,PENDING_SIGNATURE`. Defaults are left out, so a plain `/contracts`
 * is every contract one may see, newest first.
 *
 * The "expiring" view is the active contracts ending within 30 days, soonest first; a status
 * filter means nothing there (they are all active) and is not kept.
 */
export const CONTRACT_VIEWS = ['all', 'expiring'] as const;
export type ContractView = (typeof CONTRACT_VIEWS)[number];

export interface ContractListState {
  view: ContractView;
  status: ContractStatus[];
  type: ContractType[];
  teamId: string | null;
  employeeId: string | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export const DEFAULT_STATE: ContractListState = {
  view: 'all',
  status: [],
  type: [],
  teamId: null,
  employeeId: null,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
};

function list<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return allowed.filter((value) => wanted.has(value));
}

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function isView(value: string | null): value is ContractView {
  return value !== null && (CONTRACT_VIEWS as readonly string[]).includes(value);
}

export function parseListState(params: URLSearchParams): ContractListState {
  const view = params.get('view');
  const size = Number(params.get('size'));
  const state: ContractListState = {
    view: isView(view) ? view : 'all',
    status: list(params.get('status'), CONTRACT_STATUSES),
    type: list(params.get('type'), CONTRACT_TYPES),
    teamId: params.get('team') || null,
    employeeId: params.get('employee') || null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
  return state.view === 'expiring' ? { ...state, status: [] } : state;
}

export function serializeListState(state: ContractListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.view !== 'all') params.set('view', state.view);
  if (state.view === 'all' && state.status.length) params.set('status', state.status.join(','));
  if (state.type.length) params.set('type', state.type.join(','));
  if (state.teamId) params.set('team', state.teamId);
  if (state.employeeId) params.set('employee', state.employeeId);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1; switching to the expiring view drops the status filter. */
export function updateListState(state: ContractListState, change: Partial<ContractListState>): ContractListState {
  const next = { ...state, ...change };
  if (next.view === 'expiring') next.status = [];
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  return onlyPaging ? next : { ...next, page: change.page ?? 1 };
}

export function toContractFilter(state: ContractListState): ContractFilter {
  const filter: ContractFilter = {};
  if (state.view === 'expiring') filter.expiringWithinDays = EXPIRING_WITHIN_DAYS;
  else if (state.status.length) filter.status = state.status;
  if (state.type.length) filter.type = state.type;
  if (state.teamId) filter.teamId = state.teamId;
  if (state.employeeId) filter.employeeId = state.employeeId;
  return filter;
}

/** Identifies one ordered result set: cursors are only valid within it. */
export function resultSetKey(state: ContractListState): string {
  return JSON.stringify(toContractFilter(state));
}

/** `/contracts?…` for one employee's contracts (the link from their record). */
export function employeeContractsLink(employeeId: string): string {
  return `/contracts?${serializeListState({ ...DEFAULT_STATE, employeeId }).toString()}`;
}
