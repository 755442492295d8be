import { describe, expect, it } from 'vitest';
import { visibleTeamRows } from './teamRows';

const department = { __typename: 'Department' as const, id: 'D1', name: 'Beauty' };
const team = (id: string, name: string, leadId: string | null) => ({
  __typename: 'Team' as const,
  id,
  name,
  headcount: 8,
  department,
  lead: leadId ? { __typename: 'Employee' as const, id: leadId, name: `lead of ${name}` } : null,
});
const summary = (giftRevenue: string) => ({
  __typename: 'TrafficSummary' as const,
  from: '2025-03-01',
  to: '2025-03-30',
  liveDays: 20,
  effectiveDays: 18,
  sessions: 25,
  liveHours: '60.00',
  peakViewers: 900,
  viewerHours: '1200.00',
  newFollowers: 300,
  giftRevenue,
  gmv: '9000.00',
  orders: 120,
  interactions: 5000,
  giftRevenuePerViewerHour: '1.50',
  gmvPerViewerHour: '7.50',
  interactionsPerViewerHour: '4.17',
});
const rank = (rankNo: number, id: string, name: string, giftRevenue: string) => ({
  __typename: 'TrafficRank' as const,
  rank: rankNo,
  value: giftRevenue,
  team: { __typename: 'Team' as const, id, name },
  summary: summary(giftRevenue),
});

const teams = [team('T1', 'Alpha', null), team('T2', 'Beauty 1', 'E11'), team('T3', 'Charlie', null)];

describe('teams on the traffic landing page', () => {
  it('lists every team for a viewer who sees everyone, ranked ones first', () => {
    const rows = visibleTeamRows(teams, [rank(1, 'T3', 'Charlie', '900.00'), rank(2, 'T1', 'Alpha', '100.00')], { everyone: true, employeeId: null });
    expect(rows.map((row) => [row.name, row.rank])).toEqual([
      ['Charlie', 1],
      ['Alpha', 2],
      ['Beauty 1', null],
    ]);
    expect(rows[0]?.summary?.giftRevenue).toBe('900.00');
  });

  it('lists only the teams a lead leads, with their numbers when they streamed', () => {
    expect(visibleTeamRows(teams, [], { everyone: false, employeeId: 'E11' }).map((row) => row.id)).toEqual(['T2']);
    const rows = visibleTeamRows(teams, [rank(1, 'T2', 'Beauty 1', '500.00')], { everyone: false, employeeId: 'E11' });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'T2', rank: 1, department: 'Beauty', lead: { id: 'E11' } });
  });

  it('lists nothing for someone who leads no team, unless the server ranked a team for them', () => {
    expect(visibleTeamRows(teams, [], { everyone: false, employeeId: 'E99' })).toEqual([]);
    expect(visibleTeamRows([], [rank(1, 'T9', 'Zulu', '1.00')], { everyone: false, employeeId: null })).toMatchObject([
      { id: 'T9', name: 'Zulu', department: null, headcount: null, rank: 1 },
    ]);
  });
});
