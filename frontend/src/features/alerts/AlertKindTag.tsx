import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AlertKind } from '@/graphql/generated/graphql';

const COLORS: Record<AlertKind, string> = {
  TRAFFIC_ANOMALY: 'volcano',
  CONTRACT_EXPIRING: 'gold',
  ATTRITION_RISK: 'magenta',
  PAYROLL_READY: 'green',
  AUTOMATION: 'purple',
};

export function AlertKindTag({ kind }: { kind: AlertKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[kind]} bordered={false}>
      {t(`enums.alertKind.${kind}`)}
    </Tag>
  );
}
