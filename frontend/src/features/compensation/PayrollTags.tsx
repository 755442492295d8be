import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayrollRunStatus } from '@/graphql/generated/graphql';
import { isLineKind, LINE_KIND_COLORS, parseRunScope } from './payrollState';

const STATUS_COLORS: Record<PayrollRunStatus, string> = {
  DRAFT: 'default',
  COMPUTING: 'processing',
  COMPUTED: 'gold',
  LOCKED: 'green',
};

export function PayrollRunStatusTag({ status, testId = 'payroll-run-status' }: { status: PayrollRunStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} bordered={false} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {t(`compensation.status.${status}`)}
    </Tag>
  );
}

/** What a payslip line is (base, gift share, a ladder, the cap…); an unknown kind shows as the server names it. */
export function PayslipLineKindTag({ kind }: { kind: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={isLineKind(kind) ? LINE_KIND_COLORS[kind] : 'default'} bordered={false} data-testid="payslip-line-kind" data-kind={kind}>
      {isLineKind(kind) ? t(`compensation.lineKinds.${kind}`) : kind}
    </Tag>
  );
}

/** "All", or the department or team a run was limited to, by name when the API gives one. */
export function PayrollScopeText({ scope, name }: { scope: string; name?: string | null }) {
  const { t } = useTranslation();
  const parsed = parseRunScope(scope);
  if (parsed.kind === 'all') return <>{t('compensation.scope.all')}</>;
  if (name) return <>{name}</>;
  if (parsed.kind === 'other') return <>{parsed.raw}</>;
  return <>{t(`compensation.scope.${parsed.kind}`, { key: parsed.key })}</>;
}
