import { describe, expect, it } from 'vitest';
import { calibrationInput, defaultCycleName, nextStatus, periodStartOf, ratingInput, ratingValue } from './reviewLogic';
import { parseReviewListState, serializeReviewListState, updateReviewListState } from './reviewListState';

describe('cycle status flow', () => {
  it('goes open -> calibration -> closed and no further', () => {
    expect(nextStatus('OPEN')).toBe('CALIBRATION');
    expect(nextStatus('CALIBRATION')).toBe('CLOSED');
    expect(nextStatus('CLOSED')).toBeNull();
  });
});

describe('ratings and calibration', () => {
  it('rates 1 to 5 in halves', () => {
    expect(ratingInput(4.5)).toBe('4.5');
    expect(ratingInput(3)).toBe('3');
    expect(ratingInput(0.5)).toBeNull();
    expect(ratingInput(4.25)).toBeNull();
    expect(ratingValue('4.0')).toBe(4);
    expect(ratingValue(null)).toBeNull();
  });

  it('calibrates within 10 points either way, in hundredths', () => {
    expect(calibrationInput(2.5)).toBe('2.50');
    expect(calibrationInput('-10')).toBe('-10.00');
    expect(calibrationInput(10.01)).toBeNull();
    expect(calibrationInput(1.234)).toBeNull();
    expect(calibrationInput('')).toBeNull();
  });
});

describe('opening a cycle', () => {
  it('starts on the first of the month; a quarter in Jan, Apr, Jul or Oct', () => {
    expect(periodStartOf('2026-11', 'MONTHLY')).toEqual({ periodStart: '2026-11-01', valid: true });
    expect(periodStartOf('2026-10', 'QUARTERLY')).toEqual({ periodStart: '2026-10-01', valid: true });
    expect(periodStartOf('2026-11', 'QUARTERLY').valid).toBe(false);
    expect(defaultCycleName('2026-12-01', 'MONTHLY')).toBe('2026-12 月度考核 Monthly review');
    expect(defaultCycleName('2026-07-01', 'QUARTERLY')).toBe('2026 Q3 季度考核 Quarterly review');
  });
});

describe('review list URL state', () => {
  it('round-trips, leaving defaults out', () => {
    const state = parseReviewListState('c1', new URLSearchParams('page=3&size=50&team=t9'));
    expect(state).toEqual({ cycleId: 'c1', teamId: 't9', page: 3, pageSize: 50 });
    expect(serializeReviewListState(state).toString()).toBe('team=t9&page=3&size=50');
    expect(serializeReviewListState(parseReviewListState('c1', new URLSearchParams('page=0&size=7'))).toString()).toBe('');
  });

  it('goes back to page 1 when anything but the page changes', () => {
    const state = parseReviewListState('c1', new URLSearchParams('page=3'));
    expect(updateReviewListState(state, { page: 4 }).page).toBe(4);
    expect(updateReviewListState(state, { pageSize: 50 }).page).toBe(1);
  });
});
