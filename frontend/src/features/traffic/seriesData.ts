import type { TrafficBucket, TrafficMetric, TrafficSeriesChartQuery } from '@/graphql/generated/graphql';

export type TrafficSeriesResult = TrafficSeriesChartQuery['trafficSeries'];

/** The measures the two charts draw: audience (line) and revenue (bar). */
export const AUDIENCE_METRICS = ['VIEWER_HOURS', 'NEW_FOLLOWERS'] as const satisfies readonly TrafficMetric[];
export const REVENUE_METRICS = ['GIFT_REVENUE', 'GMV'] as const satisfies readonly TrafficMetric[];
export const CHART_METRICS: TrafficMetric[] = [...AUDIENCE_METRICS, ...REVENUE_METRICS];

/** One bucket's start as the API sends it: company-time-zone wall time with its offset. */
interface WallTime {
  date: string;
  hour: string;
}

/**
 * The wall-clock day and hour of a bucket start, read from the string itself: buckets start at
 * company midnights, so converting to the browser's zone could move them to another day.
 */
export function wallTime(timestamp: string): WallTime {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})/.exec(timestamp);
  return match ? { date: match[1]!, hour: match[2]! } : { date: timestamp.slice(0, 10), hour: '00' };
}

/** Short axis labels: `03-05` for days and weeks, `2025-03` for months, `03-05 14:00` for hours. */
export function axisLabel(timestamp: string, bucket: TrafficBucket): string {
  const { date, hour } = wallTime(timestamp);
  switch (bucket) {
    case 'MONTH':
      return date.slice(0, 7);
    case 'HOUR':
      return `${date.slice(5)} ${hour}:00`;
    default:
      return date.slice(5);
  }
}

export interface ChartColumn {
  metric: TrafficMetric;
  /** the API's Decimal strings, for exact tooltips */
  raw: (string | null)[];
  /** numbers for drawing only */
  values: (number | null)[];
}

export interface ChartData {
  bucket: TrafficBucket;
  timestamps: string[];
  labels: string[];
  columns: Partial<Record<TrafficMetric, ChartColumn>>;
}

export function toChartData(series: TrafficSeriesResult): ChartData {
  const columns: ChartData['columns'] = {};
  for (const { metric, values } of series.metrics) {
    columns[metric] = { metric, raw: values, values: values.map((value) => (value === null ? null : Number(value))) };
  }
  return {
    bucket: series.bucket,
    timestamps: series.timestamps,
    labels: series.timestamps.map((timestamp) => axisLabel(timestamp, series.bucket)),
    columns,
  };
}

/** Buckets where any of the measures is something other than zero or nothing. */
export function bucketsWithData(data: ChartData, metrics: readonly TrafficMetric[]): number {
  return data.timestamps.filter((_, index) => metrics.some((metric) => {
    const value = data.columns[metric]?.values[index];
    return value !== null && value !== undefined && value !== 0;
  })).length;
}
