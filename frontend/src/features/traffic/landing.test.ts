import { describe, expect, it } from 'vitest';
import { trafficLanding } from './landing';

const host = { id: 'E1', isHost: true };
const staff = { id: 'E2', isHost: false };

describe('where /traffic lands, by row scope', () => {
  it('shows everyone the company view, host or not', () => {
    expect(trafficLanding('all', host, ['T1'])).toEqual({ kind: 'company' });
    expect(trafficLanding('all', null, [])).toEqual({ kind: 'company' });
  });

  it('takes a lead to the one team they lead, or lists theirs', () => {
    expect(trafficLanding('team', staff, ['T1'])).toEqual({ kind: 'team', teamId: 'T1' });
    expect(trafficLanding('team', staff, ['T1', 'T2'])).toEqual({ kind: 'teams' });
    expect(trafficLanding('team', host, [])).toEqual({ kind: 'host', hostId: 'E1' });
    expect(trafficLanding('team', staff, [])).toEqual({ kind: 'teams' });
  });

  it("takes an employee to their own host page, or says they have none", () => {
    expect(trafficLanding('self', host, [])).toEqual({ kind: 'host', hostId: 'E1' });
    expect(trafficLanding('self', staff, ['T1'])).toEqual({ kind: 'notHost' });
    expect(trafficLanding('self', null, [])).toEqual({ kind: 'notHost' });
  });

  it('lists what the server ranks for any other scope', () => {
    expect(trafficLanding('partner', host, [])).toEqual({ kind: 'teams' });
  });
});
