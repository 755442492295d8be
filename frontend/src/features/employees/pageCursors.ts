import { createPageCursors } from '@/components/pageCursors';
import type { EmployeeListState } from './listState';
import { resultSetKey, toFilter, toOrder } from './listState';
import { EmployeeListCursorsQuery } from './queries';

export const { rememberCursors, usePageCursor } = createPageCursors<EmployeeListState>(resultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: EmployeeListCursorsQuery,
    variables: { first, after, filter: toFilter(state), orderBy: toOrder(state) },
    fetchPolicy: 'network-only',
  });
  if (!data?.employees) throw error ?? new Error('No data');
  return { cursors: data.employees.edges.map((edge) => edge.cursor), hasNextPage: data.employees.pageInfo.hasNextPage };
});
