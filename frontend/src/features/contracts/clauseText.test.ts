import { describe, expect, it } from 'vitest';
import { bodyParts, move, placeholdersOf, undeclaredPlaceholders } from './clauseText';

describe('clause bodies', () => {
  it('finds the {{variables}} a body uses, once each', () => {
    expect(placeholdersOf('At most {{weekly_hours}} hours; {{ weekly_hours }} is the cap. {{Bad}} {{2x}}')).toEqual(['weekly_hours']);
    expect(placeholdersOf('No variables.')).toEqual([]);
  });

  it('names the ones the clause does not declare', () => {
    const body = 'CNY {{bonus}} per {{per_followers}} followers';
    expect(undeclaredPlaceholders(body, ['bonus'])).toEqual(['per_followers']);
    expect(undeclaredPlaceholders(body, ['bonus', 'per_followers', undefined])).toEqual([]);
  });

  it('splits a body into text and placeholders', () => {
    expect(bodyParts('A {{x}} b')).toEqual([
      { text: 'A ', variable: false },
      { text: '{{x}}', variable: true },
      { text: ' b', variable: false },
    ]);
    expect(bodyParts('{{x}}')).toEqual([{ text: '{{x}}', variable: true }]);
  });

  it('moves a clause up or down in the order', () => {
    expect(move(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
