import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { TrainingSessionFieldsFragment as Session } from '@/graphql/generated/graphql';
import { assignErrors, assignInput, changesSession, sessionCreateInput, sessionUpdateInput, sessionValuesOf } from './trainingForms';

const session: Session = {
  id: 'S1',
  startsAt: '2030-03-04T02:00:00+00:00',
  endsAt: '2030-03-04T04:00:00+00:00',
  location: 'Room A',
  trainer: 'Li Na',
  capacity: 5,
};

describe('editing a session', () => {
  it('sends only its id when nothing changed', () => {
    const input = sessionUpdateInput(session, sessionValuesOf(session));
    expect(input).toEqual({ id: 'S1' });
    expect(changesSession(input)).toBe(false);
  });

  it('sends a new location and capacity and nothing else', () => {
    const input = sessionUpdateInput(session, { ...sessionValuesOf(session), location: '  Room B ', capacity: 8 });
    expect(input).toEqual({ id: 'S1', location: 'Room B', capacity: 8 });
    expect(changesSession(input)).toBe(true);
  });

  it('sends a moved start and end as instants', () => {
    const values = { ...sessionValuesOf(session), startsAt: dayjs('2030-03-05T02:00:00Z'), endsAt: dayjs('2030-03-05T03:30:00Z') };
    expect(sessionUpdateInput(session, values)).toEqual({ id: 'S1', startsAt: '2030-03-05T02:00:00.000Z', endsAt: '2030-03-05T03:30:00.000Z' });
  });

  it('clears an emptied trainer with an empty text, never a null the API would ignore', () => {
    expect(sessionUpdateInput(session, { ...sessionValuesOf(session), trainer: '   ' })).toEqual({ id: 'S1', trainer: '' });
  });

  it('never sends an empty capacity (the API reads null as unchanged)', () => {
    expect(sessionUpdateInput(session, { ...sessionValuesOf(session), capacity: null })).toEqual({ id: 'S1' });
    expect(sessionUpdateInput({ ...session, capacity: null }, { ...sessionValuesOf(session), capacity: 3 })).toEqual({ id: 'S1', capacity: 3 });
  });
});

describe('scheduling a session', () => {
  it('sends an empty location, trainer or capacity as null (no seat limit)', () => {
    const values = { startsAt: dayjs('2030-03-04T02:00:00Z'), endsAt: dayjs('2030-03-04T04:00:00Z'), location: ' ', trainer: undefined, capacity: null };
    expect(sessionCreateInput('P1', values)).toEqual({
      programId: 'P1',
      startsAt: '2030-03-04T02:00:00.000Z',
      endsAt: '2030-03-04T04:00:00.000Z',
      location: null,
      trainer: null,
      capacity: null,
    });
  });
});

describe('assigning a program', () => {
  it('sends the employee, the program and the due day, or no due day', () => {
    expect(assignInput('P1', { employeeId: 'E1', dueOn: dayjs('2030-06-30') })).toEqual({ employeeId: 'E1', programId: 'P1', dueOn: '2030-06-30' });
    expect(assignInput('P1', { employeeId: 'E1', dueOn: null })).toEqual({ employeeId: 'E1', programId: 'P1', dueOn: null });
  });

  it('puts "already has it open" under the employee, other errors where the server put them', () => {
    const errors = assignErrors(
      [
        { field: 'programId', code: 'DUPLICATE', message: 'This employee already has an open enrolment in this program.' },
        { field: 'dueOn', code: 'INVALID', message: 'dueOn cannot be in the past.' },
      ],
      'already open',
    );
    expect(errors).toEqual([
      { field: 'employeeId', code: 'ALREADY_OPEN', message: 'already open' },
      { field: 'dueOn', code: 'INVALID', message: 'dueOn cannot be in the past.' },
    ]);
  });
});
