import { formatDecimal, formatMoney } from '@/app/i18n/format';
import type { TrafficMetric } from '@/graphql/generated/graphql';

/** How a measure reads: CNY, hours, whole counts, or a per-viewer-hour ratio of counts. */
export type MetricKind = 'money' | 'hours' | 'count' | 'ratio';

export const METRIC_KIND: Record<TrafficMetric, MetricKind> = {
  LIVE_HOURS: 'hours',
  EFFECTIVE_DAYS: 'count',
  ACTIVE_HOSTS: 'count',
  VIEWER_HOURS: 'hours',
  PEAK_VIEWERS: 'count',
  NEW_FOLLOWERS: 'count',
  GIFT_REVENUE: 'money',
  GMV: 'money',
  ORDERS: 'count',
  INTERACTIONS: 'count',
  GIFT_REVENUE_PER_VIEWER_HOUR: 'money',
  GMV_PER_VIEWER_HOUR: 'money',
  INTERACTIONS_PER_VIEWER_HOUR: 'ratio',
};

/** A Decimal string of a measure for display (money through formatMoney, never a float). */
export function formatMetricValue(metric: TrafficMetric, value: string | null | undefined, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  switch (METRIC_KIND[metric]) {
    case 'money':
      return formatMoney(value);
    case 'hours':
      return formatDecimal(value, 1);
    case 'count':
      return formatDecimal(value, 0);
    default:
      return formatDecimal(value, 2);
  }
}
