import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, employeeContractsLink, parseListState, resultSetKey, serializeListState, toContractFilter, updateListState } from './listState';

const parse = (query: string) => parseListState(new URLSearchParams(query));

describe('contract list state in the URL', () => {
  it('reads the default view from an empty query string and writes it back as nothing', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(serializeListState(DEFAULT_STATE).toString()).toBe('');
    expect(toContractFilter(DEFAULT_STATE)).toEqual({});
  });

  it('round-trips every part of the state', () => {
    const state = parse('status=ACTIVE%2CPENDING_SIGNATURE&type=FULL_TIME%2CTALENT&team=VGVhbTox&employee=RW1w&page=3&size=50');
    expect(state).toEqual({
      view: 'all',
      status: ['PENDING_SIGNATURE', 'ACTIVE'],
      type: ['FULL_TIME', 'TALENT'],
      teamId: 'VGVhbTox',
      employeeId: 'RW1w',
      page: 3,
      pageSize: 50,
    });
    expect(parseListState(serializeListState(state))).toEqual(state);
  });

  it('asks for the active contracts ending within 30 days in the expiring view, without a status filter', () => {
    const state = parse('view=expiring&status=DRAFT&type=PART_TIME');
    expect(state.view).toBe('expiring');
    expect(state.status).toEqual([]);
    expect(toContractFilter(state)).toEqual({ expiringWithinDays: 30, type: ['PART_TIME'] });
    expect(serializeListState(state).toString()).toBe('view=expiring&type=PART_TIME');
  });

  it('ignores values it does not know', () => {
    const state = parse('view=soon&status=ACTIVE,SIGNED&type=FREELANCE&page=0&size=7&team=');
    expect(state).toEqual({ ...DEFAULT_STATE, status: ['ACTIVE'] });
  });

  it('goes back to page 1 when the filter or the view changes, not when the page does', () => {
    const onPage4 = { ...DEFAULT_STATE, page: 4, status: ['DRAFT' as const] };
    expect(updateListState(onPage4, { page: 5 }).page).toBe(5);
    expect(updateListState(onPage4, { type: ['TALENT'] }).page).toBe(1);
    const expiring = updateListState(onPage4, { view: 'expiring' });
    expect(expiring).toMatchObject({ view: 'expiring', page: 1, status: [] });
  });

  it('keys cursors by the filter the server sees', () => {
    expect(resultSetKey({ ...DEFAULT_STATE, page: 3 })).toBe(resultSetKey(DEFAULT_STATE));
    expect(resultSetKey({ ...DEFAULT_STATE, view: 'expiring' })).not.toBe(resultSetKey(DEFAULT_STATE));
  });

  it("links to one employee's contracts", () => {
    expect(employeeContractsLink('RW1wbG95ZWU6MQ==')).toBe('/contracts?employee=RW1wbG95ZWU6MQ%3D%3D');
    expect(parseListState(new URL(`http://x${employeeContractsLink('RW1wbG95ZWU6MQ==')}`).searchParams).employeeId).toBe('RW1wbG95ZWU6MQ==');
  });
});
