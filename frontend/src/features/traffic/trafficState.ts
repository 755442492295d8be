import type { TrafficBucket, TrafficMetric } from '@/graphql/generated/graphql';

/**
 * What the traffic pages show, as it lives in the URL query string:
 * `?period=90d&bucket=DAY&metric=GMV`, or a custom range `?from=2024-01-01&to=2024-03-31`.
 * Defaults (the last 30 days, the bucket that suits the range, gift revenue) are left out,
 * so a plain `/traffic/teams/<id>` is the default view.
 *
 * Days are company-time-zone calendar days (`YYYY-MM-DD`), both ends included, as the API takes them.
 */
export const PERIOD_PRESETS = ['30d', '90d', '12m'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type Period = { preset: PeriodPreset } | { preset: 'custom'; from: string; to: string };

export interface DateRange {
  from: string;
  to: string;
}

export interface TrafficViewState {
  period: Period;
  bucket: TrafficBucket;
  /** the leaderboard's measure */
  metric: TrafficMetric;
}

/** The company's time zone: the API's days and buckets start at its midnights. */
export const COMPANY_TIME_ZONE = 'Asia/Shanghai';

/** The API's limits: a summary or leaderboard covers at most 732 days, HOUR buckets at most 7. */
export const MAX_RANGE_DAYS = 732;
export const MAX_HOUR_DAYS = 7;

export const BUCKETS: readonly TrafficBucket[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];

/** Measures a host leaderboard can rank by (ACTIVE_HOSTS means nothing for one host). */
export const LEADERBOARD_METRICS: readonly TrafficMetric[] = [
  'GIFT_REVENUE',
  'GMV',
  'VIEWER_HOURS',
  'LIVE_HOURS',
  'EFFECTIVE_DAYS',
  'PEAK_VIEWERS',
  'NEW_FOLLOWERS',
  'ORDERS',
  'INTERACTIONS',
  'GIFT_REVENUE_PER_VIEWER_HOUR',
  'GMV_PER_VIEWER_HOUR',
  'INTERACTIONS_PER_VIEWER_HOUR',
];

export const DEFAULT_PERIOD: Period = { preset: '30d' };
export const DEFAULT_METRIC: TrafficMetric = 'GIFT_REVENUE';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` of a real calendar day, or null. */
export function parseIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return toIsoDate(date) === value ? value : null;
}

function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIsoDate(date);
}

/** The same day `months` later (or earlier), clamped to the end of a shorter month. */
export function addMonths(iso: string, months: number): string {
  const date = utcDate(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return toIsoDate(date);
}

/** Days in a range, both ends included. */
export function rangeDays({ from, to }: DateRange): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000) + 1;
}

/** Today in the company's time zone. */
export function companyToday(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: COMPANY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The days a period covers; presets end today. */
export function periodRange(period: Period, today: string): DateRange {
  switch (period.preset) {
    case '30d':
      return { from: addDays(today, -29), to: today };
    case '90d':
      return { from: addDays(today, -89), to: today };
    case '12m':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    default:
      return { from: period.from, to: period.to };
  }
}

/** Whether a custom range is one the API answers for every view: in order, at most 732 days. */
export function isValidRange(range: DateRange): boolean {
  return range.from <= range.to && rangeDays(range) <= MAX_RANGE_DAYS;
}

/** Buckets the API allows for a range: HOUR up to 7 days, DAY up to 732, WEEK and MONTH beyond. */
export function allowedBuckets(range: DateRange): TrafficBucket[] {
  const days = rangeDays(range);
  return BUCKETS.filter((bucket) => (bucket === 'HOUR' ? days <= MAX_HOUR_DAYS : bucket === 'DAY' ? days <= MAX_RANGE_DAYS : true));
}

/** A bucket that gives a readable number of points: days up to two months, weeks up to ~6 months, then months. */
export function defaultBucket(range: DateRange): TrafficBucket {
  const days = rangeDays(range);
  if (days <= 62) return 'DAY';
  if (days <= 200) return 'WEEK';
  return 'MONTH';
}

function isPreset(value: string | null): value is PeriodPreset {
  return value !== null && (PERIOD_PRESETS as readonly string[]).includes(value);
}

function isBucket(value: string | null): value is TrafficBucket {
  return value !== null && (BUCKETS as readonly string[]).includes(value);
}

function isLeaderboardMetric(value: string | null): value is TrafficMetric {
  return value !== null && (LEADERBOARD_METRICS as readonly string[]).includes(value);
}

export function parsePeriod(params: URLSearchParams): Period {
  const from = parseIsoDate(params.get('from'));
  const to = parseIsoDate(params.get('to'));
  if (from && to && isValidRange({ from, to })) return { preset: 'custom', from, to };
  const preset = params.get('period');
  return isPreset(preset) ? { preset } : DEFAULT_PERIOD;
}

export function parseTrafficState(params: URLSearchParams, today: string): TrafficViewState {
  const period = parsePeriod(params);
  const range = periodRange(period, today);
  const bucket = params.get('bucket');
  const metric = params.get('metric');
  return {
    period,
    bucket: isBucket(bucket) && allowedBuckets(range).includes(bucket) ? bucket : defaultBucket(range),
    metric: isLeaderboardMetric(metric) ? metric : DEFAULT_METRIC,
  };
}

/** Only the period, for links from one traffic page to another (the bucket and metric are each page's own). */
export function serializePeriod(period: Period, params = new URLSearchParams()): URLSearchParams {
  if (period.preset === 'custom') {
    params.set('from', period.from);
    params.set('to', period.to);
  } else if (period.preset !== DEFAULT_PERIOD.preset) {
    params.set('period', period.preset);
  }
  return params;
}

export function serializeTrafficState(state: TrafficViewState, today: string): URLSearchParams {
  const params = serializePeriod(state.period);
  if (state.bucket !== defaultBucket(periodRange(state.period, today))) params.set('bucket', state.bucket);
  if (state.metric !== DEFAULT_METRIC) params.set('metric', state.metric);
  return params;
}

/** `?…` for a link that keeps the period (empty for the default one). */
export function periodQuery(period: Period): string {
  const query = serializePeriod(period).toString();
  return query ? `?${query}` : '';
}

/**
 * A new period keeps a bucket the viewer chose if the new range allows it; a bucket that was
 * only the old range's default becomes the new range's default.
 */
export function updateTrafficState(state: TrafficViewState, change: Partial<TrafficViewState>, today: string): TrafficViewState {
  const next = { ...state, ...change };
  if (change.period && !change.bucket) {
    const before = periodRange(state.period, today);
    const after = periodRange(change.period, today);
    const chosen = state.bucket !== defaultBucket(before);
    next.bucket = chosen && allowedBuckets(after).includes(state.bucket) ? state.bucket : defaultBucket(after);
  }
  if (!allowedBuckets(periodRange(next.period, today)).includes(next.bucket)) next.bucket = defaultBucket(periodRange(next.period, today));
  return next;
}
