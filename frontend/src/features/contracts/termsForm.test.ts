import { describe, expect, it } from 'vitest';
import { templateClausesOf } from './contractForms';
import type { VersionForForm } from './termsForm';
import { declaredVariables, extraClausesOf, isHandWritten, termsFormValues, toTermsInput } from './termsForm';

const share = { name: 'revenue_share_percent', type: 'percent', label: 'Share', min: null, max: null };
const hours = { name: 'streaming_hours_per_week', type: 'int', label: 'Hours', min: '1', max: '60' };
const bonus = { name: 'bonus_per_thousand_followers', type: 'money', label: 'Bonus', min: null, max: null };

const TEMPLATE = [
  { key: 'streaming_hours', variables: [hours] },
  { key: 'revenue_share', variables: [share] },
  // The same variable in a second clause is one field.
  { key: 'revenue_report', variables: [share] },
  { key: 'termination', variables: [] },
];

const VERSION: VersionForForm = {
  startsOn: '2025-12-09',
  endsOn: '2026-12-08',
  probationEndsOn: null,
  values: [
    { name: 'bonus_per_thousand_followers', value: '50.00' },
    { name: 'revenue_share_percent', value: '20' },
    { name: 'streaming_hours_per_week', value: '20' },
  ],
  clauses: [
    { key: 'streaming_hours', title: 'Streaming hours', text: 'At least 20 hours a week.' },
    { key: 'revenue_share', title: 'Revenue share', text: '20% to the host.' },
    { key: 'termination', title: 'Termination', text: 'As the law provides.' },
    { key: 'follower_growth_bonus', title: 'Follower-growth bonus', text: 'CNY 50.00 per 1,000 followers.' },
    { key: 'custom-2', title: 'Equipment', text: 'The agency lends a ring light.' },
  ],
  payTerms: { monthlyBase: '6000.00', revenueSharePercent: '20.00', guaranteedMinimum: null },
};

const templateKeys = new Set(TEMPLATE.map((clause) => clause.key));

describe('contract terms in the forms', () => {
  it('declares each variable once, in clause order', () => {
    expect(declaredVariables(TEMPLATE).map((v) => v.name)).toEqual(['streaming_hours_per_week', 'revenue_share_percent']);
    expect(declaredVariables([...TEMPLATE, { variables: [bonus] }]).map((v) => v.name)).toContain('bonus_per_thousand_followers');
  });

  it("tells a version's extra clauses from its template's, and hand-written ones from library ones", () => {
    expect(extraClausesOf(VERSION, templateKeys).map((c) => c.key)).toEqual(['follower_growth_bonus', 'custom-2']);
    expect(isHandWritten('custom-2')).toBe(true);
    expect(isHandWritten('follower_growth_bonus')).toBe(false);
  });

  it('starts from the version: its term, values, extra clauses and (when visible) pay', () => {
    const form = termsFormValues(VERSION, { templateKeys, libraryKeys: new Set(['follower_growth_bonus']), withPay: true });
    expect(form).toMatchObject({
      startsOn: '2025-12-09',
      endsOn: '2026-12-08',
      probationEndsOn: null,
      values: { revenue_share_percent: '20', streaming_hours_per_week: '20', bonus_per_thousand_followers: '50.00' },
      // The library clause comes back from the library (extraClauseKeys), not as a copy.
      customClauses: [{ title: 'Equipment', body: 'The agency lends a ring light.' }],
      monthlyBase: '6000.00',
      revenueSharePercent: '20.00',
      guaranteedMinimum: null,
    });
    // Amending: a library clause added at renewal stays, as the text it reads.
    const amend = termsFormValues(VERSION, { templateKeys, withPay: true });
    expect(amend.customClauses.map((c) => c.title)).toEqual(['Follower-growth bonus', 'Equipment']);
    // ...and goes back by its key, so the server keeps the contract's copy of it.
    expect(toTermsInput(amend, declaredVariables(TEMPLATE)).customClauses).toEqual([
      { key: 'follower_growth_bonus' },
      { title: 'Equipment', body: 'The agency lends a ring light.' },
    ]);
  });

  it('has no pay fields at all for a viewer who may not read pay', () => {
    const form = termsFormValues(VERSION, { templateKeys, withPay: false });
    expect(form).not.toHaveProperty('monthlyBase');
    expect(toTermsInput(form, declaredVariables(TEMPLATE))).not.toHaveProperty('monthlyBase');
  });

  it('sends only the declared variables, trimmed, and empty ones empty so the server names them', () => {
    const form = {
      ...termsFormValues(VERSION, { templateKeys, withPay: true }),
      values: { revenue_share_percent: ' 25 ', bonus_per_thousand_followers: '50.00' },
      monthlyBase: ' ',
      customClauses: [{ title: ' Equipment ', body: 'A ring light. ' }],
    };
    expect(toTermsInput(form, declaredVariables(TEMPLATE))).toEqual({
      startsOn: '2025-12-09',
      endsOn: '2026-12-08',
      probationEndsOn: null,
      values: [
        { name: 'streaming_hours_per_week', value: '' },
        { name: 'revenue_share_percent', value: '25' },
      ],
      customClauses: [{ title: 'Equipment', body: 'A ring light.' }],
      monthlyBase: null,
      revenueSharePercent: '20.00',
      guaranteedMinimum: null,
    });
  });

  it("finds the clauses of the template version the contract was made from", () => {
    const template = {
      __typename: 'ContractTemplate' as const,
      id: 'T',
      name: 'Part-time host',
      contractType: 'PART_TIME' as const,
      latestVersion: 2,
      versions: [
        { __typename: 'ContractTemplateVersion' as const, version: 2, createdAt: '', createdBy: 'hr', clauses: [] },
        { __typename: 'ContractTemplateVersion' as const, version: 1, createdAt: '', createdBy: 'seed', clauses: [{ __typename: 'TemplateClause' as const, key: 'duties', title: 'Duties', body: '', variables: [] }] },
      ],
    };
    expect(templateClausesOf({ template, templateVersion: 1 }).map((c) => c.key)).toEqual(['duties']);
    expect(templateClausesOf({ template, templateVersion: 3 })).toEqual([]);
  });
});
