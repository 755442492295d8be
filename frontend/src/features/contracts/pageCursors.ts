import { createPageCursors } from '@/components/pageCursors';
import type { ContractListState } from './listState';
import { resultSetKey, toContractFilter } from './listState';
import { ContractListCursorsQuery } from './queries';

// Contracts come and go (a renewal adds one); like every list, a new session starts afresh.
export const { rememberCursors, usePageCursor } = createPageCursors<ContractListState>(resultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: ContractListCursorsQuery,
    variables: { first, after, filter: toContractFilter(state) },
    fetchPolicy: 'network-only',
  });
  if (!data?.contracts) throw error ?? new Error('No data');
  return { cursors: data.contracts.edges.map((edge) => edge.cursor), hasNextPage: data.contracts.pageInfo.hasNextPage };
});
