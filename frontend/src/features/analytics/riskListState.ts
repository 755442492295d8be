import type { Language } from '@/app/i18n';

/**
 * The risk list as it lives in the URL: `/analytics/risk?min=20&page=2&size=50`, `min` being the
 * lowest score shown in whole percent. Defaults are left out, so a plain `/analytics/risk` is the
 * first page of everyone one may see.
 */
export interface RiskListState {
  /** 1–99 (percent), null for no floor */
  minPercent: number | null;
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
/** The floors offered in the filter (a deep link may carry any other whole percent). */
export const MIN_SCORE_PRESETS = [5, 10, 20, 35, 50] as const;

function positiveInt(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

function minPercent(raw: string | null): number | null {
  const value = Number(raw);
  return raw && Number.isInteger(value) && value >= 1 && value <= 99 ? value : null;
}

export function parseRiskListState(params: URLSearchParams): RiskListState {
  const size = Number(params.get('size'));
  return {
    minPercent: minPercent(params.get('min')),
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function serializeRiskListState(state: RiskListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.minPercent !== null) params.set('min', String(state.minPercent));
  if (state.page > 1) params.set('page', String(state.page));
  if (state.pageSize !== DEFAULT_PAGE_SIZE) params.set('size', String(state.pageSize));
  return params;
}

/** A change of anything but the page goes back to page 1. */
export function updateRiskListState(state: RiskListState, change: Partial<RiskListState>): RiskListState {
  const next = { ...state, ...change };
  return Object.keys(change).every((key) => key === 'page') ? next : { ...next, page: change.page ?? 1 };
}

/** The API's `minScore` (a probability), or null. */
export function minScoreOf(state: RiskListState): number | null {
  return state.minPercent === null ? null : state.minPercent / 100;
}

/** Identifies one ordered result set: cursors are only valid within it. */
export function riskResultSetKey(state: RiskListState): string {
  return JSON.stringify({ minScore: minScoreOf(state) });
}

/** A probability (0–1) as a percent with `digits` decimals in the locale's style: `0.1234` → `12.3%`. */
export function formatPercent(value: number | null | undefined, language: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(language, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A ratio such as a rate ratio or an AUC: `2.1`, `0.73`. */
export function formatRatio(value: number, language: Language, digits = 2): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A p-value as statisticians write it: `p < 0.001`, else three decimals. */
export function formatPValue(value: number, language: Language): string {
  return value < 0.001 ? `p < ${formatRatio(0.001, language, 3)}` : `p = ${formatRatio(value, language, 3)}`;
}
