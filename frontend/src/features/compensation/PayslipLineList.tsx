import { Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PayslipLineFieldsFragment } from '@/graphql/generated/graphql';
import { Money } from './Money';
import { PayslipLineKindTag } from './PayrollTags';

/**
 * A payslip's (or a preview's) lines in order: what each is, its amount, and the working that
 * produced it — the explanations are what lets a host or finance redo the sum. Stacks on a phone.
 */
export function PayslipLineList({ lines, total, testId = 'payslip-lines' }: { lines: readonly PayslipLineFieldsFragment[]; total?: string | null; testId?: string }) {
  const { t } = useTranslation();
  if (lines.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('compensation.lines.empty')} />;
  const sorted = [...lines].sort((a, b) => a.position - b.position);
  return (
    <div data-testid={testId}>
      <List
        size="small"
        dataSource={sorted}
        renderItem={(line) => (
          <List.Item data-testid="payslip-line" data-kind={line.kind} style={{ paddingInline: 0, display: 'block' }}>
            <Flex justify="space-between" align="center" gap={8}>
              <PayslipLineKindTag kind={line.kind} />
              <Money value={line.amount} testId="payslip-line-amount" />
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', overflowWrap: 'anywhere', fontSize: 13 }} data-testid="payslip-line-explanation">
              {line.explanation}
            </Typography.Paragraph>
          </List.Item>
        )}
      />
      {total !== undefined ? (
        <Flex justify="space-between" style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
          <Typography.Text strong>{t('compensation.amounts.total')}</Typography.Text>
          <Money value={total} strong testId={`${testId}-total`} />
        </Flex>
      ) : null}
    </div>
  );
}
