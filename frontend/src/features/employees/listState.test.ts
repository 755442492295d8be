import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseListState, serializeListState, toFilter, toOrder, updateListState } from './listState';

describe('employee list state in the URL', () => {
  it('reads the default view from an empty query string', () => {
    expect(parseListState(new URLSearchParams(''))).toEqual(DEFAULT_STATE);
    expect(serializeListState(DEFAULT_STATE).toString()).toBe('');
  });

  it('round-trips every part of the state', () => {
    const query = 'q=%E7%8E%8B&dept=RGVw&team=VGVh&status=PROBATION%2CACTIVE&type=TALENT&host=true&sort=hiredOn&order=desc&page=3&size=50';
    const state = parseListState(new URLSearchParams(query));
    expect(state).toEqual({
      search: '王',
      departmentId: 'RGVw',
      teamId: 'VGVh',
      status: ['PROBATION', 'ACTIVE'],
      employmentType: ['TALENT'],
      isHost: true,
      sort: 'hiredOn',
      order: 'desc',
      page: 3,
      pageSize: 50,
    });
    expect(parseListState(serializeListState(state))).toEqual(state);
  });

  it('ignores values it does not know', () => {
    const state = parseListState(new URLSearchParams('status=ACTIVE,BOGUS&sort=salary&page=-2&size=7&host=maybe'));
    expect(state.status).toEqual(['ACTIVE']);
    expect(state.sort).toBeNull();
    expect(state.page).toBe(1);
    expect(state.pageSize).toBe(20);
    expect(state.isHost).toBeNull();
  });

  it('goes back to page 1 when the filter changes, not when the page does', () => {
    const onPage4 = { ...DEFAULT_STATE, page: 4 };
    expect(updateListState(onPage4, { search: 'li' }).page).toBe(1);
    expect(updateListState(onPage4, { page: 5 }).page).toBe(5);
  });

  it('builds the GraphQL filter and order', () => {
    const state = { ...DEFAULT_STATE, search: 'E0001', isHost: false, sort: 'name' as const, order: 'desc' as const };
    expect(toFilter(state)).toEqual({ search: 'E0001', isHost: false });
    expect(toOrder(state)).toEqual({ field: 'NAME', direction: 'DESC' });
    expect(toOrder(DEFAULT_STATE)).toBeNull();
  });
});
