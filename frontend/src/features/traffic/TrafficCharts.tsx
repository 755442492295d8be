import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import type { Language } from '@/app/i18n';
import { formatDate, formatDecimal, formatMoney } from '@/app/i18n/format';
import type { TrafficBucket, TrafficMetric } from '@/graphql/generated/graphql';
import type { ChartOption } from './EChart';
import { EChart } from './EChart';
import type { ChartData } from './seriesData';
import { AUDIENCE_METRICS, REVENUE_METRICS, bucketsWithData, wallTime } from './seriesData';

/**
 * The two traffic charts. A module of its own, loaded lazily: ECharts is kept out of the
 * console's initial chunks and out of every page that draws no chart.
 */

interface TooltipParam {
  dataIndex: number;
  seriesIndex?: number;
  seriesName?: string;
  marker?: unknown;
}

function compact(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export default function TrafficCharts({ data }: { data: ChartData }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';

  const options = useMemo(() => {
    const bucketTitle = (index: number): string => {
      const timestamp = data.timestamps[index] ?? '';
      const { date, hour } = wallTime(timestamp);
      const bucket: TrafficBucket = data.bucket;
      if (bucket === 'HOUR') return `${formatDate(date, language)} ${hour}:00`;
      if (bucket === 'WEEK') return t('traffic.charts.weekOf', { date: formatDate(date, language) });
      if (bucket === 'MONTH') {
        return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
      }
      return formatDate(date, language);
    };
    // Tooltips show the API's Decimal strings, formatted exactly; the floats only draw.
    const tooltip = (metrics: readonly TrafficMetric[], format: (metric: TrafficMetric, raw: string | null) => string) => ({
      trigger: 'axis' as const,
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as TooltipParam[];
        const index = list[0]?.dataIndex ?? 0;
        const lines = list.map((param) => {
          const metric = metrics[param.seriesIndex ?? 0];
          const raw = metric ? data.columns[metric]?.raw[index] ?? null : null;
          const value = metric ? format(metric, raw) : '';
          return `${typeof param.marker === 'string' ? param.marker : ''}${escapeHtml(param.seriesName ?? '')}&nbsp;&nbsp;<b>${escapeHtml(value)}</b>`;
        });
        return [`<div>${escapeHtml(bucketTitle(index))}</div>`, ...lines].join('<br/>');
      },
    });
    const empty = t('common.empty');
    const many = data.labels.length > 45;

    const audience: ChartOption = {
      grid: { left: 16, right: 16, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: tooltip(AUDIENCE_METRICS, (metric, raw) =>
        raw === null ? empty : metric === 'VIEWER_HOURS' ? formatDecimal(raw, 1) : formatDecimal(raw, 0),
      ),
      xAxis: { type: 'category', data: data.labels, boundaryGap: false },
      yAxis: [
        { type: 'value', name: t('traffic.charts.viewerHours'), axisLabel: { formatter: (value: number) => compact(value, language) } },
        { type: 'value', name: t('traffic.charts.newFollowers'), splitLine: { show: false }, axisLabel: { formatter: (value: number) => compact(value, language) } },
      ],
      series: [
        {
          type: 'line',
          name: t('traffic.charts.viewerHours'),
          yAxisIndex: 0,
          smooth: true,
          smoothMonotone: 'x',
          showSymbol: !many,
          areaStyle: { opacity: 0.12 },
          data: data.columns.VIEWER_HOURS?.values ?? [],
        },
        {
          type: 'line',
          name: t('traffic.charts.newFollowers'),
          yAxisIndex: 1,
          smooth: true,
          smoothMonotone: 'x',
          showSymbol: !many,
          data: data.columns.NEW_FOLLOWERS?.values ?? [],
        },
      ],
    };

    const revenue: ChartOption = {
      grid: { left: 16, right: 16, top: 48, bottom: 8, containLabel: true },
      legend: { top: 0 },
      tooltip: { ...tooltip(REVENUE_METRICS, (_, raw) => (raw === null ? empty : formatMoney(raw))), axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value', axisLabel: { formatter: (value: number) => `¥${compact(value, language)}` } },
      series: [
        { type: 'bar', name: t('traffic.charts.giftRevenue'), data: data.columns.GIFT_REVENUE?.values ?? [], barMaxWidth: 24 },
        { type: 'bar', name: t('traffic.charts.gmv'), data: data.columns.GMV?.values ?? [], barMaxWidth: 24 },
      ],
    };
    return { audience, revenue };
  }, [data, language, t]);

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Card title={t('traffic.charts.audience')}>
          <EChart
            option={options.audience}
            testId="traffic-chart-audience"
            data={{ points: data.labels.length, 'with-data': bucketsWithData(data, AUDIENCE_METRICS), bucket: data.bucket }}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('traffic.charts.revenue')}>
          <EChart
            option={options.revenue}
            testId="traffic-chart-revenue"
            data={{ points: data.labels.length, 'with-data': bucketsWithData(data, REVENUE_METRICS), bucket: data.bucket }}
          />
        </Card>
      </Col>
    </Row>
  );
}
