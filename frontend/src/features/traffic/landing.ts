/**
 * Where `/traffic` takes a viewer, by the row scope the server gives them (not by role names):
 * everyone's view lists every team; a lead lands on the team they lead (or lists theirs, if
 * several); an employee lands on their own host page, or is told they have no traffic.
 */
export type TrafficLanding =
  | { kind: 'company' }
  | { kind: 'teams' }
  | { kind: 'team'; teamId: string }
  | { kind: 'host'; hostId: string }
  | { kind: 'notHost' };

export function trafficLanding(rowScope: string, me: { id: string; isHost: boolean } | null | undefined, ledTeamIds: readonly string[]): TrafficLanding {
  if (rowScope === 'all') return { kind: 'company' };
  if (rowScope === 'team') {
    if (ledTeamIds.length === 1) return { kind: 'team', teamId: ledTeamIds[0]! };
    if (ledTeamIds.length === 0 && me?.isHost) return { kind: 'host', hostId: me.id };
    return { kind: 'teams' };
  }
  if (rowScope === 'self') return me?.isHost ? { kind: 'host', hostId: me.id } : { kind: 'notHost' };
  // Any other scope (a partner's linked hosts): the teams the server ranks for them.
  return { kind: 'teams' };
}
