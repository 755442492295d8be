import { createPageCursors } from '@/components/pageCursors';
import type { RiskListState } from './riskListState';
import { minScoreOf, riskResultSetKey } from './riskListState';
import { AttritionRiskListCursorsQuery } from './queries';

// The risk list; like every list, a new session starts afresh (a lead's rows are not HR's).
export const { rememberCursors, usePageCursor } = createPageCursors<RiskListState>(riskResultSetKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: AttritionRiskListCursorsQuery,
    variables: { first, after, minScore: minScoreOf(state) },
    fetchPolicy: 'network-only',
  });
  if (!data?.attritionRisks) throw error ?? new Error('No data');
  return { cursors: data.attritionRisks.edges.map((edge) => edge.cursor), hasNextPage: data.attritionRisks.pageInfo.hasNextPage };
});
