import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractSignerRole, ContractStatus, ContractVersionState } from '@/graphql/generated/graphql';

const STATUS_COLORS: Record<ContractStatus, string> = {
  DRAFT: 'default',
  PENDING_SIGNATURE: 'gold',
  ACTIVE: 'green',
  EXPIRED: 'default',
  TERMINATED: 'red',
};

const VERSION_COLORS: Record<ContractVersionState, string> = {
  DRAFT: 'default',
  PENDING_SIGNATURE: 'gold',
  SIGNED: 'green',
};

export function ContractStatusTag({ status, testId }: { status: ContractStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} bordered={false} data-testid={testId} data-status={status}>
      {t(`enums.contractStatus.${status}`)}
    </Tag>
  );
}

export function VersionStateTag({ state }: { state: ContractVersionState }) {
  const { t } = useTranslation();
  return (
    <Tag color={VERSION_COLORS[state]} bordered={false}>
      {t(`enums.versionState.${state}`)}
    </Tag>
  );
}

/** "Awaiting the employee's signature" and the like. */
export function AwaitingTag({ role, testId = 'contract-awaiting' }: { role: ContractSignerRole; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color="processing" bordered={false} data-testid={testId} data-awaiting={role}>
      {t(`contracts.awaiting.${role}`)}
    </Tag>
  );
}
