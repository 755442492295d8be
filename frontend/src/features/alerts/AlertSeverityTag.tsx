import { ExclamationCircleOutlined, InfoCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity } from '@/graphql/generated/graphql';

const STYLES: Record<AlertSeverity, { color: string; icon: JSX.Element }> = {
  INFO: { color: 'blue', icon: <InfoCircleOutlined /> },
  WARNING: { color: 'orange', icon: <WarningOutlined /> },
  CRITICAL: { color: 'red', icon: <ExclamationCircleOutlined /> },
};

export function AlertSeverityTag({ severity }: { severity: AlertSeverity }) {
  const { t } = useTranslation();
  const style = STYLES[severity];
  return (
    <Tag color={style.color} icon={style.icon}>
      {t(`enums.alertSeverity.${severity}`)}
    </Tag>
  );
}
