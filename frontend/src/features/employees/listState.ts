import type {
  EmployeeFilter,
  EmployeeOrder,
  EmployeeOrderField,
  EmployeeStatus,
  EmploymentType,
} from '@/graphql/generated/graphql';

/**
 * Everything the employee list shows, as it lives in the URL query string:
 * `?q=王&dept=<id>&team=<id>&status=ACTIVE,PROBATION&type=TALENT&host=true&sort=hiredOn&order=desc&page=3&size=50`.
 * Defaults are left out of the URL so a plain `/employees` is the default view.
 */
export interface EmployeeListState {
  search: string;
  departmentId: string | null;
  teamId: string | null;
  status: EmployeeStatus[];
  employmentType: EmploymentType[];
  isHost: boolean | null;
  sort: SortKey | null;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const STATUSES: readonly EmployeeStatus[] = ['PROBATION', 'ACTIVE', 'LEAVING', 'LEFT'];
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'INTERN', 'TALENT'];
export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const SORT_FIELDS = {
  employeeNo: 'EMPLOYEE_NO',
  name: 'NAME',
  hiredOn: 'HIRED_ON',
} as const satisfies Record<string, EmployeeOrderField>;

export type SortKey = keyof typeof SORT_FIELDS;

export function isSortKey(value: unknown): value is SortKey {
  return typeof value === 'string' && Object.hasOwn(SORT_FIELDS, value);
}

export const DEFAULT_STATE: EmployeeListState = {
  search: '',
  departmentId: null,
  teamId: null,
  status: [],
  employmentType: [],
  isHost: null,
  sort: null,
  order: 'asc',
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

export function parseListState(params: URLSearchParams): EmployeeListState {
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  const sort = params.get('sort');
  const host = params.get('host');
  return {
    search: params.get('q')?.trim() ?? '',
    departmentId: params.get('dept') || null,
    teamId: params.get('team') || null,
    status: list(params.get('status'), STATUSES),
    employmentType: list(params.get('type'), EMPLOYMENT_TYPES),
    isHost: host === 'true' ? true : host === 'false' ? false : null,
    sort: isSortKey(sort) ? sort : null,
    order: params.get('order') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function serializeListState(state: EmployeeListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set('q', state.search);
  if (state.departmentId) params.set('dept', state.departmentId);
  if (state.teamId) params.set('team', state.teamId);
  if (state.status.length) params.set('status', state.status.join(','));
  if (state.employmentType.length) params.set('type', state.employmentType.join(','));
  if (state.isHost !== null) params.set('host', String(state.isHost));
  if (state.sort) {
    params.set('sort', state.sort);
    params.set('order', state.order);
  }
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1. */
export function updateListState(state: EmployeeListState, change: Partial<EmployeeListState>): EmployeeListState {
  const next = { ...state, ...change };
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  return onlyPaging ? next : { ...next, page: change.page ?? 1 };
}

export function toFilter(state: EmployeeListState): EmployeeFilter {
  const filter: EmployeeFilter = {};
  if (state.search) filter.search = state.search;
  if (state.departmentId) filter.departmentId = state.departmentId;
  if (state.teamId) filter.teamId = state.teamId;
  if (state.status.length) filter.status = state.status;
  if (state.employmentType.length) filter.employmentType = state.employmentType;
  if (state.isHost !== null) filter.isHost = state.isHost;
  return filter;
}

export function toOrder(state: EmployeeListState): EmployeeOrder | null {
  if (!state.sort) return null;
  return { field: SORT_FIELDS[state.sort], direction: state.order === 'desc' ? 'DESC' : 'ASC' };
}

/** Identifies one ordered result set: cursors are only valid within it. */
export function resultSetKey(state: EmployeeListState): string {
  return JSON.stringify([toFilter(state), toOrder(state)]);
}
