import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EmployeeStatus } from '@/graphql/generated/graphql';

const COLORS: Record<EmployeeStatus, string> = {
  PROBATION: 'gold',
  ACTIVE: 'green',
  LEAVING: 'orange',
  LEFT: 'default',
};

export function EmployeeStatusTag({ status }: { status: EmployeeStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} bordered={false}>
      {t(`enums.status.${status}`)}
    </Tag>
  );
}
