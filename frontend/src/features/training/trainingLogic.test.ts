import { describe, expect, it } from 'vitest';
import {
  enrolmentResultSetKey,
  isOpenEnrolment,
  parseEnrolmentListState,
  parseScore,
  seatsLeft,
  serializeEnrolmentListState,
  toEnrolmentFilter,
  updateEnrolmentListState,
} from './trainingLogic';

describe('enrolment list state', () => {
  it('reads the URL, dropping unknown statuses and sizes', () => {
    const state = parseEnrolmentListState(new URLSearchParams('status=ASSIGNED,BOGUS,ENROLLED&program=P1&page=3&size=7'));
    expect(state).toEqual({ statuses: ['ASSIGNED', 'ENROLLED'], programId: 'P1', employeeId: null, planId: null, page: 3, pageSize: 20 });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const state = parseEnrolmentListState(new URLSearchParams('status=COMPLETED&employee=E9&plan=L1&size=50'));
    expect(serializeEnrolmentListState(state).toString()).toBe('status=COMPLETED&employee=E9&plan=L1&size=50');
    expect(serializeEnrolmentListState(parseEnrolmentListState(new URLSearchParams())).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, not when the page does', () => {
    const state = parseEnrolmentListState(new URLSearchParams('page=4'));
    expect(updateEnrolmentListState(state, { programId: 'P2' }).page).toBe(1);
    expect(updateEnrolmentListState(state, { page: 5 }).page).toBe(5);
  });

  it('sends only the filters set, and keys result sets by them', () => {
    const all = parseEnrolmentListState(new URLSearchParams('page=2'));
    expect(toEnrolmentFilter(all)).toEqual({});
    const some = parseEnrolmentListState(new URLSearchParams('status=NO_SHOW&program=P1'));
    expect(toEnrolmentFilter(some)).toEqual({ status: ['NO_SHOW'], programId: 'P1' });
    expect(enrolmentResultSetKey(all)).not.toBe(enrolmentResultSetKey(some));
    expect(enrolmentResultSetKey(all)).toBe(enrolmentResultSetKey({ ...all, page: 9 }));
  });
});

describe('enrolments and seats', () => {
  it('lets only open enrolments take an outcome', () => {
    expect(isOpenEnrolment('ASSIGNED')).toBe(true);
    expect(isOpenEnrolment('ENROLLED')).toBe(true);
    expect(isOpenEnrolment('COMPLETED')).toBe(false);
    expect(isOpenEnrolment('CANCELLED')).toBe(false);
  });

  it('counts seats left, none below zero, none for no limit', () => {
    expect(seatsLeft(10, 3)).toBe(7);
    expect(seatsLeft(2, 5)).toBe(0);
    expect(seatsLeft(null, 5)).toBeNull();
  });

  it('accepts scores from 0 to 100 in tenths', () => {
    expect(parseScore(' 88.5 ')).toBe('88.5');
    expect(parseScore('100')).toBe('100');
    expect(parseScore('100.1')).toBeNull();
    expect(parseScore('88.25')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseScore('')).toBeNull();
  });
});
