import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDecimal, formatMoney } from './format';

describe('formatting per locale', () => {
  it('formats a calendar date without shifting it by time zone', () => {
    expect(formatDate('2024-03-05', 'zh-CN')).toBe('2024年3月5日');
    expect(formatDate('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('formats a Decimal string as money without floating point', () => {
    expect(formatMoney('12000.00')).toBe('¥12,000.00');
    expect(formatMoney('1234567.5')).toBe('¥1,234,567.50');
    expect(formatMoney('9007199254740993.01')).toBe('¥9,007,199,254,740,993.01');
    expect(formatMoney('-80')).toBe('-¥80.00');
    expect(formatMoney('n/a')).toBe('n/a');
  });

  it('formats other Decimal strings with grouping, rounding on the digits', () => {
    expect(formatDecimal('12345.675', 2)).toBe('12,345.68');
    expect(formatDecimal('35.50', 1)).toBe('35.5');
    expect(formatDecimal('9.95', 1)).toBe('10.0');
    expect(formatDecimal('1999.5', 0)).toBe('2,000');
    expect(formatDecimal('26', 0)).toBe('26');
    expect(formatDecimal('-0.004', 2)).toBe('0.00');
    expect(formatDecimal('-12.5', 0)).toBe('-13');
    expect(formatDecimal('9007199254740993.01', 1)).toBe('9,007,199,254,740,993.0');
    expect(formatDecimal(null)).toBe('');
    expect(formatDecimal('n/a')).toBe('n/a');
  });

  it('formats counts with the locale grouping', () => {
    expect(formatCount(1234567, 'zh-CN')).toBe('1,234,567');
    expect(formatCount(1234567, 'en')).toBe('1,234,567');
    expect(formatCount(null, 'en')).toBe('');
  });
});
