import type { MutationError } from '@/components/mutationErrors';
import type { KpiIndicatorInput, KpiSource, KpiTemplateFieldsFragment } from '@/graphql/generated/graphql';

/** Every source, in the order the editor offers them. */
export const KPI_SOURCES: readonly KpiSource[] = [
  'TRAFFIC_FOLLOWER_GROWTH',
  'TRAFFIC_GMV',
  'TRAFFIC_EFFECTIVE_HOURS',
  'TRAFFIC_INTERACTION_RATE',
  'MANAGER_RATING',
  'ATTENDANCE',
  'TRAINING_COMPLETION',
];

/** Sources the server refuses for now (no data behind them); offered, so HR sees why. */

/** A manager's rating is scored on its own 1-5 scale: no target, no curve. */
export function isRatingSource(source: KpiSource | null | undefined): boolean {
  return source === 'MANAGER_RATING';
}

/** One indicator row of the editor's form; numbers as the InputNumber (string mode) gives them. */
export interface IndicatorRow {
  name: string;
  source: KpiSource;
  weight: string | null;
  target: string | null;
  curve: { capPercent: string | null; floorPercent: string | null };
}

export interface TemplateFormValues {
  positionId: string;
  name: string;
  indicators: IndicatorRow[];
}

export const NEW_INDICATOR: IndicatorRow = {
  name: '',
  source: 'TRAFFIC_FOLLOWER_GROWTH',
  weight: null,
  target: null,
  curve: { capPercent: '100', floorPercent: '0' },
};

/** A decimal string (at most 2 places) in hundredths, without going through a float; null when not a number. */
export function toHundredths(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(String(value).trim());
  if (!match || (match[2] === '' && !match[3])) return null;
  const [, sign, whole = '', fraction = ''] = match;
  if (fraction.length > 2) return null;
  const hundredths = Number(whole || '0') * 100 + Number((fraction + '00').slice(0, 2));
  return sign === '-' ? -hundredths : hundredths;
}

function fromHundredths(value: number): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const cents = abs % 100;
  return `${sign}${Math.floor(abs / 100)}${cents ? `.${String(cents).padStart(2, '0').replace(/0$/, '')}` : ''}`;
}

export interface WeightsTotal {
  /** the sum as text, e.g. "90" or "99.5" */
  total: string;
  /** exactly 100 */
  complete: boolean;
  /** indicators whose weight is missing or not a number with at most 2 decimals */
  unreadable: number;
}

/** The live total of the weights, which must reach exactly 100. */
export function weightsTotal(rows: readonly (Pick<IndicatorRow, 'weight'> | undefined)[]): WeightsTotal {
  let sum = 0;
  let unreadable = 0;
  for (const row of rows) {
    const weight = toHundredths(row?.weight);
    if (weight === null) unreadable += 1;
    else sum += weight;
  }
  return { total: fromHundredths(sum), complete: sum === 10000 && unreadable === 0, unreadable };
}

/** A template's indicators as the form edits them. */
export function rowsOf(template: Pick<KpiTemplateFieldsFragment, 'indicators'> | null): IndicatorRow[] {
  if (!template) return [{ ...NEW_INDICATOR, curve: { ...NEW_INDICATOR.curve } }];
  return template.indicators.map((ind) => ({
    name: ind.name,
    source: ind.source,
    weight: ind.weight,
    target: ind.target ?? null,
    curve: { capPercent: ind.curve?.capPercent ?? '100', floorPercent: ind.curve?.floorPercent ?? '0' },
  }));
}

function blankToNull(value: string | number | null | undefined): string | null {
  return value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim();
}

/**
 * The form's rows as `kpiTemplateSave` takes them, in the same order (the server's error paths
 * `indicators.<i>.…` count from the rows as sent). A manager rating sends no target or curve.
 * Missing numbers go as "0" so the server names the problem next to the field.
 */
export function toIndicatorInputs(rows: readonly IndicatorRow[]): KpiIndicatorInput[] {
  return rows.map((row) => {
    const base = { name: (row.name ?? '').trim(), source: row.source, weight: blankToNull(row.weight) ?? '0' };
    if (isRatingSource(row.source)) return base;
    return {
      ...base,
      target: blankToNull(row.target) ?? '0',
      curve: { kind: 'LINEAR', capPercent: blankToNull(row.curve?.capPercent) ?? '100', floorPercent: blankToNull(row.curve?.floorPercent) ?? '0' },
    };
  });
}

export interface PlacedErrors {
  /** form field name → messages, e.g. `['indicators', 1, 'weight']` */
  fields: { name: (string | number)[]; errors: string[] }[];
  /** the weights-total errors (`field: "indicators"`), shown by the live total */
  total: string[];
  /** the rest (no field, or one the form does not have) */
  other: string[];
}

const INDICATOR_FIELDS = new Set(['name', 'source', 'weight', 'target', 'curve.capPercent', 'curve.floorPercent', 'curve.kind']);

/**
 * Where each of `kpiTemplateSave`'s errors goes: `indicators.1.weight` under the second row's
 * weight, `indicators.0.curve.capPercent` under its cap, `indicators` next to the weights
 * total, `name` under the name. `curve.kind` has no input of its own: it goes with the cap.
 */
export function placeTemplateErrors(errors: readonly MutationError[], rowCount: number, text: (error: MutationError) => string = (e) => e.message): PlacedErrors {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const total: string[] = [];
  const other: string[] = [];
  const add = (name: (string | number)[], message: string) => {
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  };
  for (const error of errors) {
    const message = text(error);
    const field = error.field ?? '';
    const indicator = /^indicators\.(\d+)\.(.+)$/.exec(field);
    if (field === 'indicators') total.push(message);
    else if (field === 'name' || field === 'positionId') add([field], message);
    else if (indicator && Number(indicator[1]) < rowCount && INDICATOR_FIELDS.has(indicator[2]!)) {
      const path = indicator[2] === 'curve.kind' ? 'curve.capPercent' : indicator[2]!;
      add(['indicators', Number(indicator[1]), ...path.split('.')], message);
    } else other.push(message);
  }
  return { fields: [...byField.values()], total, other };
}
