import type { ReviewCycleStatus } from '@/graphql/generated/graphql';

export const CYCLE_STATUSES: readonly ReviewCycleStatus[] = ['OPEN', 'CALIBRATION', 'CLOSED'];

/** open -> calibration -> closed; null once closed. */
export function nextStatus(status: ReviewCycleStatus): ReviewCycleStatus | null {
  const index = CYCLE_STATUSES.indexOf(status);
  return CYCLE_STATUSES[index + 1] ?? null;
}

export function cycleStatusColor(status: ReviewCycleStatus): string {
  return status === 'OPEN' ? 'processing' : status === 'CALIBRATION' ? 'warning' : 'default';
}

/** A manager rating (Decimal string) as the Rate component's number; null when not given. */
export function ratingValue(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** 1 to 5 in halves, as the server takes it ("4.5", "3"). */
export function ratingInput(value: number): string | null {
  if (!(value >= 1 && value <= 5) || Math.round(value * 2) !== value * 2) return null;
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Calibration points: -10 to +10 in hundredths, as the server takes them. */
export function calibrationInput(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number) || Math.abs(number) > 10) return null;
  const hundredths = Math.round(number * 100);
  if (Math.abs(hundredths - number * 100) > 1e-6) return null;
  return (hundredths / 100).toFixed(2);
}

/** The first of a month (`YYYY-MM-01`) from a `YYYY-MM` month pick; quarters start in Jan, Apr, Jul or Oct. */
export function periodStartOf(month: string, kind: 'MONTHLY' | 'QUARTERLY'): { periodStart: string; valid: boolean } {
  const match = /^(\d{4})-(\d{2})/.exec(month);
  if (!match) return { periodStart: '', valid: false };
  const monthNumber = Number(match[2]);
  const valid = kind === 'MONTHLY' || (monthNumber - 1) % 3 === 0;
  return { periodStart: `${match[1]}-${match[2]}-01`, valid };
}

/** A default cycle name for a period, as the seed names them: `2026-11 月度考核 Monthly review`. */
export function defaultCycleName(periodStart: string, kind: 'MONTHLY' | 'QUARTERLY'): string {
  const [year, month] = periodStart.split('-');
  if (!year || !month) return '';
  if (kind === 'MONTHLY') return `${year}-${month} 月度考核 Monthly review`;
  return `${year} Q${Math.floor((Number(month) - 1) / 3) + 1} 季度考核 Quarterly review`;
}
