import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney } from './format';

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
});
