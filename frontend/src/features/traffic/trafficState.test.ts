import { describe, expect, it } from 'vitest';
import {
  addMonths,
  allowedBuckets,
  companyToday,
  defaultBucket,
  parseIsoDate,
  parseTrafficState,
  periodQuery,
  periodRange,
  rangeDays,
  serializeTrafficState,
  updateTrafficState,
} from './trafficState';

const TODAY = '2025-03-31';
const parse = (query: string) => parseTrafficState(new URLSearchParams(query), TODAY);

describe('traffic periods', () => {
  it('ends the presets today and counts both ends', () => {
    expect(periodRange({ preset: '30d' }, TODAY)).toEqual({ from: '2025-03-02', to: TODAY });
    expect(rangeDays(periodRange({ preset: '30d' }, TODAY))).toBe(30);
    expect(rangeDays(periodRange({ preset: '90d' }, TODAY))).toBe(90);
    expect(periodRange({ preset: '12m' }, TODAY)).toEqual({ from: '2024-04-01', to: TODAY });
    // Across a leap day: 366 days.
    expect(rangeDays(periodRange({ preset: '12m' }, '2024-03-31'))).toBe(366);
  });

  it('clamps months to the end of a shorter month', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });

  it("takes today in the company's time zone, not the browser's", () => {
    // 17:00 UTC is already the next day in Shanghai (UTC+8).
    expect(companyToday(new Date('2025-03-30T17:00:00Z'))).toBe('2025-03-31');
    expect(companyToday(new Date('2025-03-30T15:59:00Z'))).toBe('2025-03-30');
  });

  it('accepts real calendar days only', () => {
    expect(parseIsoDate('2024-02-29')).toBe('2024-02-29');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-3-1')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });
});

describe('buckets', () => {
  it('allows HOUR up to 7 days only', () => {
    expect(allowedBuckets({ from: '2025-03-25', to: TODAY })).toEqual(['HOUR', 'DAY', 'WEEK', 'MONTH']);
    expect(allowedBuckets({ from: '2025-03-24', to: TODAY })).toEqual(['DAY', 'WEEK', 'MONTH']);
  });

  it('defaults to a readable number of points', () => {
    expect(defaultBucket(periodRange({ preset: '30d' }, TODAY))).toBe('DAY');
    expect(defaultBucket(periodRange({ preset: '90d' }, TODAY))).toBe('WEEK');
    expect(defaultBucket(periodRange({ preset: '12m' }, TODAY))).toBe('MONTH');
  });
});

describe('traffic state in the URL', () => {
  it('reads the default view from an empty query string and writes it back as nothing', () => {
    const state = parse('');
    expect(state).toEqual({ period: { preset: '30d' }, bucket: 'DAY', metric: 'GIFT_REVENUE' });
    expect(serializeTrafficState(state, TODAY).toString()).toBe('');
  });

  it('round-trips a preset, a bucket and a metric', () => {
    const state = parse('period=90d&bucket=DAY&metric=GMV_PER_VIEWER_HOUR');
    expect(state).toEqual({ period: { preset: '90d' }, bucket: 'DAY', metric: 'GMV_PER_VIEWER_HOUR' });
    expect(parseTrafficState(serializeTrafficState(state, TODAY), TODAY)).toEqual(state);
    // The range's own default bucket is not written.
    expect(serializeTrafficState({ ...state, bucket: 'WEEK' }, TODAY).toString()).toBe('period=90d&metric=GMV_PER_VIEWER_HOUR');
  });

  it('reads a custom range, which wins over a preset', () => {
    const state = parse('period=12m&from=2025-03-20&to=2025-03-26&bucket=HOUR');
    expect(state.period).toEqual({ preset: 'custom', from: '2025-03-20', to: '2025-03-26' });
    expect(state.bucket).toBe('HOUR');
    expect(serializeTrafficState(state, TODAY).toString()).toBe('from=2025-03-20&to=2025-03-26&bucket=HOUR');
  });

  it('ignores ranges the API would refuse and values it does not know', () => {
    // Reversed, too long (733 days), not a date: back to the default period.
    expect(parse('from=2025-03-10&to=2025-03-01').period).toEqual({ preset: '30d' });
    expect(parse('from=2023-03-30&to=2025-03-31').period).toEqual({ preset: '30d' });
    expect(parse('from=2023-03-31&to=2025-03-31').period).toEqual({ preset: 'custom', from: '2023-03-31', to: '2025-03-31' });
    expect(parse('from=yesterday&to=2025-03-01&period=1y').period).toEqual({ preset: '30d' });
    // HOUR over 30 days is not allowed: the range's default instead.
    expect(parse('bucket=HOUR').bucket).toBe('DAY');
    expect(parse('bucket=YEAR').bucket).toBe('DAY');
    // ACTIVE_HOSTS ranks nothing among hosts.
    expect(parse('metric=ACTIVE_HOSTS').metric).toBe('GIFT_REVENUE');
  });

  it('keeps only the period in links between traffic pages', () => {
    expect(periodQuery({ preset: '30d' })).toBe('');
    expect(periodQuery({ preset: '12m' })).toBe('?period=12m');
    expect(periodQuery({ preset: 'custom', from: '2025-01-01', to: '2025-01-31' })).toBe('?from=2025-01-01&to=2025-01-31');
  });
});

describe('changing the period', () => {
  it("moves a default bucket to the new range's default", () => {
    const next = updateTrafficState(parse(''), { period: { preset: '12m' } }, TODAY);
    expect(next.bucket).toBe('MONTH');
  });

  it('keeps a bucket the viewer chose while the new range allows it', () => {
    const weekly = parse('bucket=WEEK');
    expect(updateTrafficState(weekly, { period: { preset: '12m' } }, TODAY).bucket).toBe('WEEK');
    const hourly = parse('from=2025-03-25&to=2025-03-31&bucket=HOUR');
    expect(updateTrafficState(hourly, { period: { preset: '30d' } }, TODAY).bucket).toBe('DAY');
  });

  it('keeps the metric', () => {
    const state = parse('metric=GMV');
    expect(updateTrafficState(state, { period: { preset: '90d' } }, TODAY).metric).toBe('GMV');
  });
});
