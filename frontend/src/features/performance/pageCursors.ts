import { createPageCursors } from '@/components/pageCursors';
import type { ReviewListState } from './reviewListState';
import { reviewResultSetKey, toReviewFilter } from './reviewListState';
import { ReviewListCursorsQuery } from './queries';

// A cycle's reviews; like every list, a new session starts afresh.
export const { rememberCursors, usePageCursor } = createPageCursors<ReviewListState>(reviewResultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: ReviewListCursorsQuery,
    variables: { first, after, filter: toReviewFilter(state) },
    fetchPolicy: 'network-only',
  });
  if (!data?.reviews) throw error ?? new Error('No data');
  return { cursors: data.reviews.edges.map((edge) => edge.cursor), hasNextPage: data.reviews.pageInfo.hasNextPage };
});
