import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EnrolmentStatus } from '@/graphql/generated/graphql';

const COLOURS: Record<EnrolmentStatus, string> = {
  ASSIGNED: 'gold',
  ENROLLED: 'blue',
  COMPLETED: 'green',
  NO_SHOW: 'red',
  CANCELLED: 'default',
};

export function EnrolmentStatusTag({ status }: { status: EnrolmentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[status]} data-testid="enrolment-status" data-status={status}>
      {t(`training.enums.enrolmentStatus.${status}`)}
    </Tag>
  );
}
