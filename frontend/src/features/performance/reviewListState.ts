/**
 * A cycle's reviews table as it lives in the URL: `?page=2&size=50&team=<id>`. Defaults are
 * left out, so a plain `/performance/cycles/<id>` is the first page of everything one may see.
 */
export interface ReviewListState {
  cycleId: string;
  teamId: string | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function parseReviewListState(cycleId: string, params: URLSearchParams): ReviewListState {
  const size = Number(params.get('size'));
  return {
    cycleId,
    teamId: params.get('team') || null,
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function serializeReviewListState(state: ReviewListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.teamId) params.set('team', state.teamId);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1. */
export function updateReviewListState(state: ReviewListState, change: Partial<ReviewListState>): ReviewListState {
  const next = { ...state, ...change };
  const onlyPaging = Object.keys(change).every((key) => key === 'page');
  return onlyPaging ? next : { ...next, page: change.page ?? 1 };
}

export function toReviewFilter(state: ReviewListState): { cycleId: string; teamId?: string } {
  return state.teamId ? { cycleId: state.cycleId, teamId: state.teamId } : { cycleId: state.cycleId };
}

/** Identifies one ordered result set: cursors are only valid within it. */
export function reviewResultSetKey(state: ReviewListState): string {
  return JSON.stringify(toReviewFilter(state));
}
