import type { TeamTrafficOverviewQuery } from '@/graphql/generated/graphql';

type TeamNode = NonNullable<TeamTrafficOverviewQuery['teams']>['edges'][number]['node'];
type Ranked = TeamTrafficOverviewQuery['trafficLeaderboard'];
type Summary = Ranked[number]['summary'];

export interface TeamRow {
  id: string;
  name: string;
  department: string | null;
  lead: { id: string; name: string } | null;
  headcount: number | null;
  /** by gift revenue over the period; null when the team did not stream */
  rank: number | null;
  summary: Summary | null;
}

function fromTeam(team: TeamNode): TeamRow {
  return { id: team.id, name: team.name, department: team.department.name, lead: team.lead ?? null, headcount: team.headcount, rank: null, summary: null };
}

/**
 * The teams whose traffic the viewer may open: every team for those who see everyone, the
 * teams they lead for a lead, plus any team the server ranked for them (it ranks only those).
 * Ranked teams first, in rank order, then the rest by name.
 */
export function visibleTeamRows(teams: readonly TeamNode[], ranked: Ranked, viewer: { everyone: boolean; employeeId: string | null }): TeamRow[] {
  const rows = new Map<string, TeamRow>();
  for (const team of teams) {
    const leads = viewer.employeeId !== null && team.lead?.id === viewer.employeeId;
    if (viewer.everyone || leads) rows.set(team.id, fromTeam(team));
  }
  for (const { team, rank, summary } of ranked) {
    if (!team) continue;
    const listed = teams.find((node) => node.id === team.id);
    const base: TeamRow = rows.get(team.id) ??
      (listed ? fromTeam(listed) : { id: team.id, name: team.name, department: null, lead: null, headcount: null, rank: null, summary: null });
    rows.set(team.id, { ...base, rank, summary });
  }
  return [...rows.values()].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
}
