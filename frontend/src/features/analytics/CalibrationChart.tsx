import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import type { ChartOption } from '@/features/traffic/EChart';
import { EChart } from '@/features/traffic/EChart';
import { formatPercent } from './riskListState';

/**
 * The model's out-of-fold calibration: mean predicted risk (x) against the observed share that
 * left (y) per bin, with the diagonal a perfectly calibrated model would follow. Loaded lazily,
 * with ECharts, as the traffic charts are.
 */

export interface CalibrationBin {
  predicted: number;
  observed: number;
  count: number;
}

interface TooltipParam {
  seriesIndex: number;
  dataIndex: number;
}

export default function CalibrationChart({ bins }: { bins: readonly CalibrationBin[] }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  const option = useMemo<ChartOption>(() => {
    // Both axes to the same round top (a 5% step), so the diagonal is the square's.
    const top = Math.min(1, Math.ceil(Math.max(0.05, ...bins.flatMap((bin) => [bin.predicted, bin.observed])) * 1.05 * 20) / 20);
    const percent = (value: number) => formatPercent(value, language, 0);
    const observedName = t('analytics.model.calibrationObserved');
    const idealName = t('analytics.model.calibrationIdeal');
    return {
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: (raw: unknown) => {
          const param = raw as TooltipParam;
          const bin = bins[param.dataIndex];
          if (param.seriesIndex !== 0 || !bin) return idealName;
          return [
            `${t('analytics.model.calibrationPredicted')}&nbsp;&nbsp;<b>${formatPercent(bin.predicted, language)}</b>`,
            `${observedName}&nbsp;&nbsp;<b>${formatPercent(bin.observed, language)}</b>`,
            `${t('analytics.model.calibrationCount')}&nbsp;&nbsp;<b>${bin.count}</b>`,
          ].join('<br/>');
        },
      },
      xAxis: { type: 'value', min: 0, max: top, name: t('analytics.model.calibrationPredicted'), nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: percent } },
      yAxis: { type: 'value', min: 0, max: top, name: observedName, axisLabel: { formatter: percent } },
      series: [
        { type: 'line', name: observedName, data: bins.map((bin) => [bin.predicted, bin.observed]), symbolSize: 8 },
        { type: 'line', name: idealName, data: [[0, 0], [top, top]], symbol: 'none', lineStyle: { type: 'dashed', color: '#bfbfbf' }, itemStyle: { color: '#bfbfbf' } },
      ],
    };
  }, [bins, language, t]);

  return <EChart option={option} height={260} testId="risk-calibration-chart" data={{ bins: bins.length }} />;
}
