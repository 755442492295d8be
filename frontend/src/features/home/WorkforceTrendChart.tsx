import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import type { Language } from '@/app/i18n';
import { formatDecimal } from '@/app/i18n/format';
import type { ChartOption } from '@/features/traffic/EChart';
import { EChart } from '@/features/traffic/EChart';
import type { WorkforceTrendData } from './workforce';

/**
 * The workforce chart: headcount at each month's end (line) and the month's exits (bars), the
 * attrition rate in the tooltip. Loaded lazily, with ECharts, as the traffic charts are.
 */

interface TooltipParam {
  dataIndex: number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function monthLabel(month: string, language: Language, long = false): string {
  return new Intl.DateTimeFormat(language, { year: long ? 'numeric' : '2-digit', month: long ? 'long' : 'short', timeZone: 'UTC' }).format(
    new Date(`${month.slice(0, 7)}-01T00:00:00Z`),
  );
}

export default function WorkforceTrendChart({ trend }: { trend: WorkforceTrendData }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  const option = useMemo<ChartOption>(() => {
    const empty = t('common.empty');
    const headcountName = t('home.dashboard.workforce.headcount');
    const exitsName = t('home.dashboard.workforce.exits');
    return {
      grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        // The rates are the API's Decimal strings, formatted as they came; the numbers only draw.
        formatter: (params: unknown) => {
          const index = ((Array.isArray(params) ? params[0] : params) as TooltipParam | undefined)?.dataIndex ?? 0;
          const rate = trend.attritionRatePercent[index] ?? null;
          const lines = [
            `<b>${escapeHtml(monthLabel(trend.months[index] ?? '', language, true))}</b>`,
            `${escapeHtml(headcountName)}&nbsp;&nbsp;<b>${trend.headcount[index] ?? 0}</b>`,
            `${escapeHtml(t('home.dashboard.workforce.hires'))}&nbsp;&nbsp;<b>${trend.hires[index] ?? 0}</b>`,
            `${escapeHtml(exitsName)}&nbsp;&nbsp;<b>${trend.exits[index] ?? 0}</b> (${escapeHtml(t('home.dashboard.workforce.voluntary', { count: trend.voluntaryExits[index] ?? 0 }))})`,
            `${escapeHtml(t('home.dashboard.workforce.attritionRate'))}&nbsp;&nbsp;<b>${rate === null ? empty : `${escapeHtml(formatDecimal(rate, 1))}%`}</b>`,
          ];
          return lines.join('<br/>');
        },
      },
      xAxis: { type: 'category', data: trend.months.map((month) => monthLabel(month, language)) },
      yAxis: [
        { type: 'value', name: headcountName, minInterval: 1, scale: true },
        { type: 'value', name: exitsName, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        { type: 'line', name: headcountName, yAxisIndex: 0, smooth: true, smoothMonotone: 'x', data: trend.headcount, areaStyle: { opacity: 0.1 } },
        { type: 'bar', name: exitsName, yAxisIndex: 1, data: trend.exits, barMaxWidth: 18, itemStyle: { color: '#ff7875' } },
      ],
    };
  }, [trend, language, t]);

  return <EChart option={option} height={260} testId="home-workforce-chart" data={{ points: trend.months.length }} />;
}
