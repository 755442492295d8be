import { createPageCursors } from '@/components/pageCursors';
import type { PayslipListState, RunListState } from './payrollState';
import { runListFilter } from './payrollState';
import { PayrollRunListCursorsQuery, PayrollRunPayslipCursorsQuery } from './queries';

export const runCursors = createPageCursors<RunListState>(
  (state) => JSON.stringify(runListFilter(state)),
  async (client, state, first, after) => {
    const { data, error } = await client.query({
      query: PayrollRunListCursorsQuery,
      variables: { first, after, filter: runListFilter(state) },
      fetchPolicy: 'network-only',
    });
    if (!data?.payrollRuns) throw error ?? new Error('No data');
    return { cursors: data.payrollRuns.edges.map((edge) => edge.cursor), hasNextPage: data.payrollRuns.pageInfo.hasNextPage };
  },
);

/** A run's payslips, per run, team and search. */
export interface RunPayslipState extends PayslipListState {
  runId: string;
}

export function payslipResultKey(state: RunPayslipState): string {
  return JSON.stringify([state.runId, state.teamId, state.search]);
}

export const payslipCursors = createPageCursors<RunPayslipState>(payslipResultKey, async (client, state, first, after) => {
  const { data, error } = await client.query({
    query: PayrollRunPayslipCursorsQuery,
    variables: { id: state.runId, first, after, teamId: state.teamId, search: state.search || null },
    fetchPolicy: 'network-only',
  });
  const payslips = data?.payrollRun?.payslips;
  if (!payslips) throw error ?? new Error('No data');
  return { cursors: payslips.edges.map((edge) => edge.cursor), hasNextPage: payslips.pageInfo.hasNextPage };
});
