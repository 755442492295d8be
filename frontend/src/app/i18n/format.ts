import type { Language } from './index';

/** `2024-03-05` → `2024年3月5日` (zh-CN) / `Mar 5, 2024` (en). ISO dates are calendar dates: no time zone shift. */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp in the viewer's time zone, per locale. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A Decimal scalar (string such as "12000.50") as money, without going through a float:
 * `¥12,000.50`. Unparseable input is shown as it came.
 */
export function formatMoney(value: string | null | undefined, currencySymbol = '¥'): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (fraction + '00').slice(0, 2);
  return `${sign}${currencySymbol}${grouped}.${cents}`;
}
