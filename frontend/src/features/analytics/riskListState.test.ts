import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAGE_SIZE,
  formatPercent,
  formatPValue,
  formatRatio,
  minScoreOf,
  parseRiskListState,
  riskResultSetKey,
  serializeRiskListState,
  updateRiskListState,
} from './riskListState';

describe('risk list URL state', () => {
  it('reads defaults from an empty query', () => {
    expect(parseRiskListState(new URLSearchParams())).toEqual({ minPercent: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
  });

  it('round-trips a floor, a page and a size', () => {
    const state = parseRiskListState(new URLSearchParams('min=20&page=3&size=50'));
    expect(state).toEqual({ minPercent: 20, page: 3, pageSize: 50 });
    expect(serializeRiskListState(state).toString()).toBe('min=20&page=3&size=50');
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeRiskListState({ minPercent: null, page: 1, pageSize: DEFAULT_PAGE_SIZE }).toString()).toBe('');
  });

  it('ignores values it cannot use', () => {
    expect(parseRiskListState(new URLSearchParams('min=0&page=-2&size=7'))).toEqual({ minPercent: null, page: 1, pageSize: DEFAULT_PAGE_SIZE });
    expect(parseRiskListState(new URLSearchParams('min=100')).minPercent).toBeNull();
    expect(parseRiskListState(new URLSearchParams('min=12.5')).minPercent).toBeNull();
    expect(parseRiskListState(new URLSearchParams('min=abc')).minPercent).toBeNull();
  });

  it('goes back to page 1 when the filter changes, not when paging', () => {
    const state = { minPercent: null, page: 4, pageSize: 20 };
    expect(updateRiskListState(state, { page: 5 }).page).toBe(5);
    expect(updateRiskListState(state, { minPercent: 10 })).toEqual({ minPercent: 10, page: 1, pageSize: 20 });
    expect(updateRiskListState(state, { pageSize: 50 }).page).toBe(1);
  });

  it('turns the floor into the API’s probability and keys result sets by it alone', () => {
    expect(minScoreOf({ minPercent: 35, page: 1, pageSize: 20 })).toBe(0.35);
    expect(minScoreOf({ minPercent: null, page: 1, pageSize: 20 })).toBeNull();
    expect(riskResultSetKey({ minPercent: 10, page: 1, pageSize: 20 })).toBe(riskResultSetKey({ minPercent: 10, page: 3, pageSize: 50 }));
    expect(riskResultSetKey({ minPercent: 10, page: 1, pageSize: 20 })).not.toBe(riskResultSetKey({ minPercent: null, page: 1, pageSize: 20 }));
  });
});

describe('number formatting', () => {
  it('shows a score as a percent with one decimal', () => {
    expect(formatPercent(0.1234, 'en')).toBe('12.3%');
    expect(formatPercent(0.02, 'zh-CN')).toBe('2.0%');
    expect(formatPercent(1, 'en', 0)).toBe('100%');
    expect(formatPercent(null, 'en')).toBe('');
    expect(formatPercent(Number.NaN, 'en')).toBe('');
  });

  it('shows ratios and p-values', () => {
    expect(formatRatio(2.1, 'en')).toBe('2.10');
    expect(formatRatio(0.7349, 'en')).toBe('0.73');
    expect(formatPValue(0.0004, 'en')).toBe('p < 0.001');
    expect(formatPValue(0.01234, 'en')).toBe('p = 0.012');
  });
});
