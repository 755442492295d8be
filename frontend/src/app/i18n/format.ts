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

/**
 * A Decimal scalar (string) with grouped thousands and `digits` decimals, rounded half up on the
 * digits themselves (no float): `formatDecimal('12345.675', 2)` → `12,345.68`. Unparseable input is shown as it came.
 */
export function formatDecimal(value: string | null | undefined, digits = 2): string {
  if (value === null || value === undefined || value === '') return '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, whole = '0', fraction = ''] = match;
  const kept = BigInt(whole + (fraction + '0'.repeat(digits)).slice(0, digits));
  const rounded = Number(fraction[digits] ?? '0') >= 5 ? kept + BigInt(1) : kept;
  const text = rounded.toString().padStart(digits + 1, '0');
  const integer = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = digits > 0 ? `.${text.slice(text.length - digits)}` : '';
  const negative = sign === '-' && /[1-9]/.test(text);
  return `${negative ? '-' : ''}${integer}${decimals}`;
}

/** A whole number with the locale's grouping: `12,345`. */
export function formatCount(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(value);
}
