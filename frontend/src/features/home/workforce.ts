import type { HomeWorkforceTrendQuery } from '@/graphql/generated/graphql';

export type WorkforceTrendData = HomeWorkforceTrendQuery['workforceTrend'];

export interface WorkforceFacts {
  /** headcount at the last month's end */
  headcount: number;
  /** change over the period: last month's end against the first month's start (its end less its hires, plus its exits) */
  change: number;
  hires: number;
  exits: number;
  /** the API's Decimal string, or null */
  annualisedAttritionRatePercent: string | null;
}

/** What the card states in words above the chart; null when the trend has no months or nobody in it. */
export function workforceFacts(trend: WorkforceTrendData): WorkforceFacts | null {
  const months = trend.months.length;
  if (months === 0 || trend.headcount.every((value) => value === 0) && trend.exits.every((value) => value === 0)) return null;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const last = trend.headcount[months - 1] ?? 0;
  const firstStart = (trend.headcount[0] ?? 0) - (trend.hires[0] ?? 0) + (trend.exits[0] ?? 0);
  return {
    headcount: last,
    change: last - firstStart,
    hires: sum(trend.hires),
    exits: sum(trend.exits),
    annualisedAttritionRatePercent: trend.annualisedAttritionRatePercent ?? null,
  };
}
