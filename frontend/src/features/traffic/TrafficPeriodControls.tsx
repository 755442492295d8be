import { DatePicker, Flex, Segmented, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TrafficBucket } from '@/graphql/generated/graphql';
import type { DateRange, Period, TrafficViewState } from './trafficState';
import { BUCKETS, MAX_RANGE_DAYS, PERIOD_PRESETS, allowedBuckets } from './trafficState';

type PeriodChoice = Period['preset'];

/** The period (presets or a custom range, at most 732 days, none after today) and, where charts are drawn, the bucket. */
export function TrafficPeriodControls({
  state,
  range,
  today,
  onChange,
  withBucket = true,
}: {
  state: TrafficViewState;
  range: DateRange;
  today: string;
  onChange: (change: Partial<TrafficViewState>) => void;
  withBucket?: boolean;
}) {
  const { t } = useTranslation();
  const allowed = allowedBuckets(range);
  const choices: PeriodChoice[] = [...PERIOD_PRESETS, 'custom'];

  const choosePeriod = (choice: PeriodChoice) => {
    // "Custom" starts from the range on screen, so the URL never holds half a range.
    onChange({ period: choice === 'custom' ? { preset: 'custom', from: range.from, to: range.to } : { preset: choice } });
  };

  const chooseRange = (dates: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = dates ?? [null, null];
    if (!from || !to) return;
    onChange({ period: { preset: 'custom', from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') } });
  };

  return (
    <Flex wrap gap={16} align="center" data-testid="traffic-controls">
      <Flex gap={8} align="center" wrap>
        <Typography.Text type="secondary">{t('traffic.periodLabel')}</Typography.Text>
        <Segmented<PeriodChoice>
          value={state.period.preset}
          options={choices.map((value) => ({ value, label: <span data-testid={`traffic-period-${value}`}>{t(`traffic.periods.${value}`)}</span> }))}
          onChange={choosePeriod}
          data-testid="traffic-period"
        />
        <DatePicker.RangePicker
          value={[dayjs(range.from), dayjs(range.to)]}
          allowClear={false}
          onChange={chooseRange}
          disabledDate={(current, info) => {
            const day = current.format('YYYY-MM-DD');
            if (day > today) return true;
            // A summary or leaderboard covers at most 732 days, both ends included.
            return Boolean(info?.from && Math.abs(current.diff(info.from, 'day')) >= MAX_RANGE_DAYS);
          }}
          data-testid="traffic-range"
        />
      </Flex>
      {withBucket ? (
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('traffic.bucketLabel')}</Typography.Text>
          <Segmented<TrafficBucket>
            value={state.bucket}
            options={BUCKETS.map((bucket) => {
              const disabled = !allowed.includes(bucket);
              const label = <span data-testid={`traffic-bucket-${bucket}`}>{t(`traffic.buckets.${bucket}`)}</span>;
              return {
                value: bucket,
                disabled,
                label: disabled && bucket === 'HOUR' ? <Tooltip title={t('traffic.hourNeedsShortRange')}>{label}</Tooltip> : label,
              };
            })}
            onChange={(bucket) => onChange({ bucket })}
            data-testid="traffic-bucket"
          />
        </Flex>
      ) : null}
    </Flex>
  );
}
