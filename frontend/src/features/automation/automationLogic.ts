/** Pure helpers for the automation pages: a trigger in words, percentage points, an interval. */

export type TriggerKind = 'RISK_ABOVE' | 'FEW_TRAININGS' | 'CONTRACT_EXPIRING' | 'ALERT_RAISED';

export interface TriggerWords {
  key: `automation.trigger.${TriggerKind}`;
  values: Record<string, string | number>;
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The i18n key and values that say a trigger in words ("risk at or above 25%"). */
export function triggerWords(kind: TriggerKind, params: unknown): TriggerWords {
  const p = (params && typeof params === 'object' ? params : {}) as Record<string, unknown>;
  switch (kind) {
    case 'RISK_ABOVE':
      return { key: 'automation.trigger.RISK_ABOVE', values: { percent: Math.round(num(p.threshold, 0) * 1000) / 10 } };
    case 'FEW_TRAININGS':
      return { key: 'automation.trigger.FEW_TRAININGS', values: { minimum: num(p.minimum, 0), months: num(p.months, 12) } };
    case 'CONTRACT_EXPIRING':
      return { key: 'automation.trigger.CONTRACT_EXPIRING', values: { days: num(p.days, 0) } };
    default:
      return { key: 'automation.trigger.ALERT_RAISED', values: { kind: typeof p.kind === 'string' ? p.kind : '?' } };
  }
}

/** A rate difference (0.05) as signed percentage points ("+5.0"). */
export function points(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const rounded = Math.round(value * 1000) / 10;
  return `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)}`;
}

/** A share (0.123) as a percent ("12.3%"). */
export function percent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** A number with a sign and one decimal, grouped ("+1,234.5"). */
export function signed(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${value > 0 ? '+' : value < 0 ? '−' : ''}${text}`;
}

/** Whether an interval excludes zero: only then does the difference count as clear. */
export function clearDifference(low: number | null | undefined, high: number | null | undefined): boolean {
  return low !== null && low !== undefined && high !== null && high !== undefined && (low > 0 || high < 0);
}
