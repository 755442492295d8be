import { Typography } from 'antd';
import { formatMoney } from '@/app/i18n/format';
import { isNegative } from './payrollState';

/** A Decimal string as money (never through a float); deductions in red. */
export function Money({ value, strong = false, testId }: { value: string | null | undefined; strong?: boolean; testId?: string }) {
  if (value === null || value === undefined) return <>—</>;
  return (
    <Typography.Text strong={strong} type={isNegative(value) ? 'danger' : undefined} className="money" data-testid={testId} data-value={value} style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(value)}
    </Typography.Text>
  );
}
