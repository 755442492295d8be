import { describe, expect, it } from 'vitest';
import { availableKinds, formToPlan, newRule, parsePlanText, placePlanErrors, planToForm } from './planForm';

// The demo seed's standard plan as the server returns it (minimums normalised to strings).
const STANDARD = {
  version: 1,
  rules: [
    { kind: 'gift_share', host_percent: '40' },
    {
      kind: 'ladder',
      basis: 'gmv',
      rungs: [
        { min_live_days: 0, min_hours: '0.00', min_revenue: '0.00', percent: '1' },
        { min_live_days: 20, min_hours: '60', min_revenue: '50000.00', percent: '3' },
        { min_live_days: 18, min_hours: '45', bonus_amount: '800.00' },
      ],
    },
    { kind: 'gmv_tiers', mode: 'progressive', tiers: [{ from_amount: '0', percent: '2' }, { from_amount: '100000.00', percent: '4' }] },
    { kind: 'team_incentive', min_team_growth_percent: '15', bonus_percent: '10' },
    { kind: 'cap', amount: '300000.00' },
    { kind: 'minimum_guarantee', amount: '3000.00' },
  ],
};

describe('planToForm / formToPlan', () => {
  it('round-trips every rule kind, order and numbers as text kept', () => {
    const form = planToForm(STANDARD);
    expect(form).not.toBeNull();
    const back = formToPlan(form!);
    expect(back.rules[0]).toEqual({ kind: 'gift_share', host_percent: '40' });
    expect(back.rules[1]).toEqual({
      kind: 'ladder',
      basis: 'gmv',
      rungs: [
        { min_live_days: 0, min_hours: '0.00', min_revenue: '0.00', percent: '1' },
        { min_live_days: 20, min_hours: '60', min_revenue: '50000.00', percent: '3' },
        { min_live_days: 18, min_hours: '45', min_revenue: '0', bonus_amount: '800.00' },
      ],
    });
    expect(back.rules.slice(2)).toEqual(STANDARD.rules.slice(2));
    expect(back.version).toBe(1);
  });

  it('reads a rung that pays a bonus as such', () => {
    const form = planToForm(STANDARD)!;
    const ladder = form.rules[1];
    expect(ladder?.kind === 'ladder' && ladder.rungs[2]).toMatchObject({ pay: 'bonus_amount', bonus_amount: '800.00', min_revenue: '0' });
  });

  it('leaves blanks out and sends a whole number of days as an integer, anything else as typed', () => {
    const plan = formToPlan({
      rules: [
        { kind: 'gift_share', host_percent: ' ' },
        { kind: 'ladder', basis: 'revenue', rungs: [{ min_live_days: '12', min_hours: '', min_revenue: '', pay: 'bonus_amount', bonus_amount: '500', percent: '3' }] },
        { kind: 'ladder', basis: 'gmv', rungs: [{ min_live_days: '1.5', min_hours: '2', min_revenue: '', pay: 'percent', percent: '' }] },
      ],
    });
    expect(plan.rules).toEqual([
      { kind: 'gift_share' },
      { kind: 'ladder', basis: 'revenue', rungs: [{ min_live_days: 12, bonus_amount: '500' }] },
      { kind: 'ladder', basis: 'gmv', rungs: [{ min_live_days: '1.5', min_hours: '2' }] },
    ]);
  });

  it('gives up on what the structured editor cannot show, so it is edited as JSON', () => {
    expect(planToForm({ version: 1, rules: [{ kind: 'gift_share', host_percent: '40', extra: '1' }] })).toBeNull();
    expect(planToForm({ version: 1, rules: [{ kind: 'bonus_pool' }] })).toBeNull();
    expect(planToForm({ version: 2, rules: [] })).toBeNull();
    expect(planToForm({ version: 1, rules: [{ kind: 'cap', amount: 12.5 }] })).toBeNull();
    expect(planToForm({ version: 1, rules: [{ kind: 'ladder', basis: 'gmv', rungs: [{ percent: '1', bonus_amount: '2' }] }] })).toBeNull();
    expect(planToForm('nope')).toBeNull();
    expect(planToForm({ version: 1, rules: [] })).toEqual({ rules: [] });
  });

  it('starts a ladder with its base rung and tiers at 0', () => {
    expect(newRule('ladder')).toMatchObject({ rungs: [{ min_live_days: '0', min_hours: '0', min_revenue: '0', percent: '0' }] });
    expect(newRule('gmv_tiers')).toMatchObject({ tiers: [{ from_amount: '0' }] });
  });

  it('offers each kind once', () => {
    expect(availableKinds([{ kind: 'gift_share' }, { kind: 'cap' }])).toEqual(['gmv_tiers', 'ladder', 'team_incentive', 'minimum_guarantee']);
  });
});

describe('parsePlanText', () => {
  it('parses JSON and refuses floats outside strings, as the server does', () => {
    expect(parsePlanText('{"rules": [{"kind": "cap", "amount": "12.50"}]}')).toMatchObject({ error: null });
    expect(parsePlanText('{"rules": [{"kind": "cap", "amount": 12.5}]}')).toEqual({ plan: null, error: 'float' });
    expect(parsePlanText('{"rules": [{"kind": "cap", "amount": 1e3}]}')).toEqual({ plan: null, error: 'float' });
    expect(parsePlanText('{"rules": [{"kind": "ladder", "rungs": [{"min_live_days": 20}]}]}')).toMatchObject({ error: null });
    expect(parsePlanText('{"rules": [')).toEqual({ plan: null, error: 'syntax' });
  });
});

describe('placePlanErrors', () => {
  const fields = new Set(['name', 'rules.0.host_percent', 'rules.1.kind', 'rules.1.rungs.1.percent', 'rules.1.rungs.1.min_hours']);

  it('puts an error under the field its path names', () => {
    const placed = placePlanErrors([{ field: 'rules.1.rungs.1.percent', message: 'must be a percent from 0 to 100, not 300' }], fields);
    expect([...placed.fields]).toEqual([['rules.1.rungs.1.percent', ['must be a percent from 0 to 100, not 300']]]);
    expect(placed.containers.size).toBe(0);
    expect(placed.unplaced).toEqual([]);
  });

  it('puts an error without a field in the rung, tier or rule it is inside', () => {
    const placed = placePlanErrors(
      [
        { field: 'rules.1.rungs.0', message: 'the first rung needs 20 live days' },
        { field: 'rules.1.rungs.2.percent', message: 'give either a percent or a bonus_amount' },
        { field: 'rules.3.tiers', message: 'needs at least one tier' },
        { field: 'rules', message: 'a plan needs at least one rule' },
      ],
      fields,
    );
    expect(Object.fromEntries(placed.containers)).toEqual({
      'rules.1.rungs.0': ['the first rung needs 20 live days'],
      'rules.1.rungs.2': ['percent: give either a percent or a bonus_amount'],
      'rules.3.tiers': ['needs at least one tier'],
      rules: ['a plan needs at least one rule'],
    });
  });

  it('keeps what has no place for above the form, with its path', () => {
    const placed = placePlanErrors([{ field: 'version', message: 'must be 1' }, { field: null, message: 'a plan must be an object' }], fields);
    expect(placed.unplaced).toEqual(['version: must be 1', 'a plan must be an object']);
  });
});
