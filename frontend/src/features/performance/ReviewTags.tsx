import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/app/i18n/format';
import type { KpiSource, ReviewCycleStatus } from '@/graphql/generated/graphql';
import { cycleStatusColor } from './reviewLogic';

export function ReviewCycleStatusTag({ status, testId }: { status: ReviewCycleStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={cycleStatusColor(status)} bordered={false} data-testid={testId} data-status={status}>
      {t(`performance.enums.cycleStatus.${status}`)}
    </Tag>
  );
}

/** The final score, or why there is none yet (what it waits for). */
export function ReviewScore({ score, unscoredReason, waitingFor }: { score: string | null | undefined; unscoredReason?: string | null; waitingFor?: readonly KpiSource[] }) {
  const { t } = useTranslation();
  if (score !== null && score !== undefined) {
    return (
      <span className="review-score" data-testid="review-score" data-score={score}>
        {formatDecimal(score, 2)}
      </span>
    );
  }
  const waiting = (waitingFor ?? []).map((source) => t(`performance.enums.source.${source}`)).join(t('performance.listSeparator'));
  return (
    <Tooltip title={unscoredReason ?? waiting}>
      <Tag color="orange" bordered={false} data-testid="review-score" data-score="" style={{ marginInlineEnd: 0 }}>
        {waiting ? t('performance.review.waitingFor', { sources: waiting }) : t('performance.review.unscored')}
      </Tag>
    </Tooltip>
  );
}
