import { describe, expect, it } from 'vitest';
import { axisLabel, bucketsWithData, toChartData, wallTime } from './seriesData';

describe('traffic series for the charts', () => {
  it("reads a bucket's company wall time from the string, whatever the browser's zone", () => {
    expect(wallTime('2025-03-05T00:00:00+08:00')).toEqual({ date: '2025-03-05', hour: '00' });
    expect(axisLabel('2025-03-05T00:00:00+08:00', 'DAY')).toBe('03-05');
    expect(axisLabel('2025-03-03T00:00:00+08:00', 'WEEK')).toBe('03-03');
    expect(axisLabel('2025-03-01T00:00:00+08:00', 'MONTH')).toBe('2025-03');
    expect(axisLabel('2025-03-05T14:00:00+08:00', 'HOUR')).toBe('03-05 14:00');
  });

  it('keeps the Decimal strings for tooltips and numbers for drawing; null stays a gap', () => {
    const data = toChartData({
      __typename: 'TrafficSeries',
      bucket: 'DAY',
      from: '2025-03-01',
      to: '2025-03-03',
      timestamps: ['2025-03-01T00:00:00+08:00', '2025-03-02T00:00:00+08:00', '2025-03-03T00:00:00+08:00'],
      metrics: [
        { __typename: 'TrafficSeriesValues', metric: 'GIFT_REVENUE', values: ['0.00', '1234.50', '0.00'] },
        { __typename: 'TrafficSeriesValues', metric: 'GIFT_REVENUE_PER_VIEWER_HOUR', values: [null, '2.10', null] },
      ],
    });
    expect(data.labels).toEqual(['03-01', '03-02', '03-03']);
    expect(data.columns.GIFT_REVENUE?.raw).toEqual(['0.00', '1234.50', '0.00']);
    expect(data.columns.GIFT_REVENUE?.values).toEqual([0, 1234.5, 0]);
    expect(data.columns.GIFT_REVENUE_PER_VIEWER_HOUR?.values).toEqual([null, 2.1, null]);
    expect(bucketsWithData(data, ['GIFT_REVENUE'])).toBe(1);
    expect(bucketsWithData(data, ['GMV'])).toBe(0);
  });
});
