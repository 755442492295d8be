import type { ApolloError } from '@apollo/client';
import { Alert, Button, Card, Col, Empty, Row, Skeleton } from 'antd';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartData, TrafficSeriesResult } from './seriesData';
import { CHART_METRICS, bucketsWithData, toChartData } from './seriesData';
import { trafficProblem } from './trafficErrors';

// ECharts lives in this chunk only: it loads when a traffic page has a series to draw.
const TrafficCharts = lazy(() => import('./TrafficCharts'));

function ChartSkeletons() {
  return (
    <Row gutter={[24, 24]} data-testid="traffic-charts-loading">
      {[0, 1].map((key) => (
        <Col xs={24} xl={12} key={key}>
          <Card>
            <Skeleton active title paragraph={{ rows: 7 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/**
 * The charts of one subject's series, or what stands in for them: skeletons while loading,
 * an empty state that says what to do, or the error (a NOT_FOUND is the page's to show).
 */
export function TrafficChartsPanel({
  series,
  loading,
  error,
  onRetry,
  onViewByDay,
}: {
  series: TrafficSeriesResult | undefined;
  loading: boolean;
  error: ApolloError | undefined;
  onRetry: () => void;
  /** offered when hourly buckets come back empty */
  onViewByDay: () => void;
}) {
  const { t } = useTranslation();
  const data: ChartData | null = useMemo(() => (series ? toChartData(series) : null), [series]);

  if (!data) {
    if (loading) return <ChartSkeletons />;
    const problem = trafficProblem(error);
    if (problem?.kind === 'notFound') return null;
    return (
      <Alert
        type="error"
        showIcon
        data-testid="traffic-charts-error"
        message={t('traffic.errors.chartFailed')}
        description={problem?.kind === 'badInput' ? t('traffic.errors.badInput', { message: problem.message }) : problem?.message}
        action={
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  if (bucketsWithData(data, CHART_METRICS) === 0) {
    // Hours come from the minute samples; days from the daily rollups, which may go further back.
    const hourly = data.bucket === 'HOUR';
    return (
      <Card data-testid="traffic-charts-empty">
        <Empty description={t(hourly ? 'traffic.empty.noHourly' : 'traffic.empty.noSessions')}>
          {hourly ? (
            <Button type="primary" onClick={onViewByDay}>
              {t('traffic.empty.viewByDay')}
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  }

  return (
    <Suspense fallback={<ChartSkeletons />}>
      <TrafficCharts data={data} />
    </Suspense>
  );
}
