import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LeaveStatus } from '@/graphql/generated/graphql';

const COLOURS: Record<LeaveStatus, string> = { PENDING: 'gold', APPROVED: 'green', REJECTED: 'red', CANCELLED: 'default' };

export function LeaveStatusTag({ status }: { status: LeaveStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="leave-status" data-status={status}>
      {t(`attendance.enums.leaveStatus.${status}`)}
    </Tag>
  );
}
