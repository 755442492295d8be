import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '@/features/traffic/EChart';
import { EChart } from '@/features/traffic/EChart';

/**
 * The dashboard's charts (ECharts, in the lazy charts chunk): headcount and exits per group as
 * bars, retention curves by hire quarter as lines, revenue per head by department as lines.
 */

export interface BreakdownBar {
  label: string;
  headcountEnd: number;
  exits: number;
  attritionRatePercent?: string | null;
}

export function BreakdownChart({ groups }: { groups: readonly BreakdownBar[] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: groups.map((g) => g.label), axisLabel: { interval: 0, rotate: groups.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('workforce.breakdown.headcountEnd'), data: groups.map((g) => g.headcountEnd) },
        { type: 'bar', name: t('workforce.breakdown.exits'), data: groups.map((g) => g.exits) },
      ],
    }),
    [groups, t],
  );
  return <EChart option={option} height={300} testId="workforce-breakdown-chart" data={{ groups: groups.length }} />;
}

export interface RetentionLine {
  label: string;
  months: readonly number[];
  survival: readonly number[];
}

export function RetentionChart({ cohorts }: { cohorts: readonly RetentionLine[] }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(() => {
    const longest = Math.max(0, ...cohorts.map((c) => c.months.length));
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 24, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${(Number(value) * 100).toFixed(1)}%` },
      xAxis: { type: 'category', data: Array.from({ length: longest }, (_, i) => String(i)), name: t('workforce.retention.months'), nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (value: number) => `${Math.round(value * 100)}%` } },
      series: cohorts.map((c) => ({ type: 'line', name: c.label, step: 'end', symbol: 'none', data: [...c.survival] })),
    };
  }, [cohorts, t]);
  return <EChart option={option} height={300} testId="workforce-retention-chart" data={{ cohorts: cohorts.length }} />;
}

export interface EfficiencyLine {
  label: string;
  revenuePerHead: readonly (string | null)[];
}

export function EfficiencyChart({ buckets, groups }: { buckets: readonly string[]; groups: readonly EfficiencyLine[] }) {
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: buckets.map((b) => b.slice(0, 7)) },
      yAxis: { type: 'value' },
      series: groups.map((g) => ({ type: 'line', name: g.label, data: g.revenuePerHead.map((v) => (v === null ? null : Number(v))) })),
    }),
    [buckets, groups],
  );
  return <EChart option={option} height={300} testId="workforce-efficiency-chart" data={{ groups: groups.length }} />;
}

export interface TrafficMonths {
  months: readonly string[];
  giftRevenue: readonly string[];
  gmv: readonly string[];
}

export function ProfileTrafficChart({ traffic }: { traffic: TrafficMonths }) {
  const { t } = useTranslation();
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: traffic.months.map((m) => m.slice(0, 7)) },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('profile.traffic.giftRevenue'), stack: 'revenue', data: traffic.giftRevenue.map(Number) },
        { type: 'bar', name: t('profile.traffic.gmv'), stack: 'revenue', data: traffic.gmv.map(Number) },
      ],
    }),
    [traffic, t],
  );
  return <EChart option={option} height={240} testId="profile-traffic-chart" />;
}

/** One default export for React.lazy: the dashboard's three charts side by side. */
export default function WorkforceCharts(props: {
  breakdown?: readonly BreakdownBar[];
  cohorts?: readonly RetentionLine[];
  efficiency?: { buckets: readonly string[]; groups: readonly EfficiencyLine[] };
  traffic?: TrafficMonths;
}) {
  if (props.traffic) return <ProfileTrafficChart traffic={props.traffic} />;
  if (props.breakdown) return <BreakdownChart groups={props.breakdown} />;
  if (props.cohorts) return <RetentionChart cohorts={props.cohorts} />;
  if (props.efficiency) return <EfficiencyChart buckets={props.efficiency.buckets} groups={props.efficiency.groups} />;
  return null;
}
