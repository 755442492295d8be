import { describe, expect, it } from 'vitest';
import { NEW_INDICATOR, placeTemplateErrors, rowsOf, toHundredths, toIndicatorInputs, weightsTotal } from './kpiTemplateForm';
import type { IndicatorRow } from './kpiTemplateForm';

const row = (overrides: Partial<IndicatorRow>): IndicatorRow => ({ ...NEW_INDICATOR, curve: { ...NEW_INDICATOR.curve }, ...overrides });

describe('weights total', () => {
  it('adds decimal strings without float drift and is complete at exactly 100', () => {
    expect(weightsTotal([{ weight: '40' }, { weight: '30' }, { weight: '20' }, { weight: '10' }])).toEqual({ total: '100', complete: true, unreadable: 0 });
    expect(weightsTotal([{ weight: '33.33' }, { weight: '33.33' }, { weight: '33.34' }]).complete).toBe(true);
    expect(weightsTotal([{ weight: '0.1' }, { weight: '0.2' }]).total).toBe('0.3');
  });

  it('is not complete below or above 100, nor with a missing weight', () => {
    expect(weightsTotal([{ weight: '40' }, { weight: '30' }, { weight: '20' }])).toEqual({ total: '90', complete: false, unreadable: 0 });
    expect(weightsTotal([{ weight: '60' }, { weight: '50.5' }]).total).toBe('110.5');
    expect(weightsTotal([{ weight: '100' }, { weight: null }])).toEqual({ total: '100', complete: false, unreadable: 1 });
    expect(weightsTotal([undefined, { weight: 'abc' }]).unreadable).toBe(2);
  });

  it('reads at most two decimal places', () => {
    expect(toHundredths('12.5')).toBe(1250);
    expect(toHundredths('-3')).toBe(-300);
    expect(toHundredths('.5')).toBe(50);
    expect(toHundredths('1.234')).toBeNull();
    expect(toHundredths('')).toBeNull();
  });
});

describe('indicator inputs', () => {
  it('sends a manager rating without target or curve, and keeps the rows in order', () => {
    const inputs = toIndicatorInputs([
      row({ name: ' GMV ', source: 'TRAFFIC_GMV', weight: '90', target: '600000', curve: { capPercent: '120', floorPercent: '60' } }),
      row({ name: 'Rating', source: 'MANAGER_RATING', weight: '10', target: '5' }),
    ]);
    expect(inputs).toEqual([
      { name: 'GMV', source: 'TRAFFIC_GMV', weight: '90', target: '600000', curve: { kind: 'LINEAR', capPercent: '120', floorPercent: '60' } },
      { name: 'Rating', source: 'MANAGER_RATING', weight: '10' },
    ]);
  });

  it('sends missing numbers as 0 so the server names the field', () => {
    expect(toIndicatorInputs([row({ name: 'x', weight: null, target: '' })])[0]).toMatchObject({ weight: '0', target: '0' });
  });

  it('edits a template as rows with the default curve where it has none', () => {
    expect(rowsOf({ indicators: [{ name: 'R', source: 'MANAGER_RATING', weight: '100', target: null, curve: null }] })).toEqual([
      { name: 'R', source: 'MANAGER_RATING', weight: '100', target: null, curve: { capPercent: '100', floorPercent: '0' } },
    ]);
  });
});

describe('placing the server errors', () => {
  it('puts indicator errors under the right row and input', () => {
    const placed = placeTemplateErrors(
      [
        { field: 'indicators.1.weight', code: 'INVALID', message: 'GMV: must be above 0' },
        { field: 'indicators.0.curve.capPercent', code: 'INVALID', message: 'cap' },
        { field: 'indicators.2.source', code: 'INVALID', message: 'Attendance: must be one of ...' },
        { field: 'indicators.2.curve.kind', code: 'INVALID', message: 'kind' },
      ],
      3,
    );
    expect(placed.fields).toEqual([
      { name: ['indicators', 1, 'weight'], errors: ['GMV: must be above 0'] },
      { name: ['indicators', 0, 'curve', 'capPercent'], errors: ['cap'] },
      { name: ['indicators', 2, 'source'], errors: ['Attendance: must be one of ...'] },
      { name: ['indicators', 2, 'curve', 'capPercent'], errors: ['kind'] },
    ]);
    expect(placed.total).toEqual([]);
    expect(placed.other).toEqual([]);
  });

  it('puts the weights total next to the total, and what no input shows aside', () => {
    const placed = placeTemplateErrors(
      [
        { field: 'indicators', code: 'WEIGHT_TOTAL', message: 'weights must total exactly 100, not 90' },
        { field: 'name', code: 'REQUIRED', message: 'A template needs a name.' },
        { field: 'indicators.5.weight', code: 'INVALID', message: 'row gone' },
        { field: null, code: 'CONFLICT', message: 'reload' },
      ],
      2,
    );
    expect(placed.total).toEqual(['weights must total exactly 100, not 90']);
    expect(placed.fields).toEqual([{ name: ['name'], errors: ['A template needs a name.'] }]);
    expect(placed.other).toEqual(['row gone', 'reload']);
  });

  it('merges two errors of the same input', () => {
    const placed = placeTemplateErrors(
      [
        { field: 'indicators.0.name', code: 'INVALID', message: 'a' },
        { field: 'indicators.0.name', code: 'INVALID', message: 'b' },
      ],
      1,
    );
    expect(placed.fields).toEqual([{ name: ['indicators', 0, 'name'], errors: ['a', 'b'] }]);
  });
});
