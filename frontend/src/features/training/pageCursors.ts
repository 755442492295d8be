import { createPageCursors } from '@/components/pageCursors';
import { EnrolmentListCursorsQuery } from './queries';
import type { EnrolmentListState } from './trainingLogic';
import { enrolmentResultSetKey, toEnrolmentFilter } from './trainingLogic';

// The enrolment list; like every list, a new session starts afresh.
export const { rememberCursors, usePageCursor } = createPageCursors<EnrolmentListState>(enrolmentResultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: EnrolmentListCursorsQuery,
    variables: { first, after, filter: toEnrolmentFilter(state) },
    fetchPolicy: 'network-only',
  });
  if (!data?.enrolments) throw error ?? new Error('No data');
  return { cursors: data.enrolments.edges.map((edge) => edge.cursor), hasNextPage: data.enrolments.pageInfo.hasNextPage };
});
