import { FileProtectOutlined, RightOutlined, SignatureOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Alert, Button, Card, Empty, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ContractRowFieldsFragment as Row } from '@/graphql/generated/graphql';
import { AwaitingTag, ContractStatusTag } from './ContractTags';
import { MyContractListQuery } from './queries';

/** One's own contracts split into those waiting for one's signature and the rest (newest first, as listed). */
export function splitMine(rows: readonly Row[]): { toSign: Row[]; others: Row[] } {
  const toSign = rows.filter((row) => row.latestVersion.state === 'PENDING_SIGNATURE' && row.latestVersion.awaiting === 'EMPLOYEE');
  return { toSign, others: rows.filter((row) => !toSign.includes(row)) };
}

function ContractCard({ row, toSign }: { row: Row; toSign: boolean }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const target = toSign ? `/contracts/${encodeURIComponent(row.id)}/sign` : `/contracts/${encodeURIComponent(row.id)}`;
  return (
    <Card size="small" data-testid="my-contract" data-number={row.number} data-status={row.status} className={toSign ? 'my-contract-to-sign' : undefined}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text strong code>
            {row.number}
          </Typography.Text>
          <Space size={4} wrap>
            <ContractStatusTag status={row.status} />
            {row.latestVersion.awaiting && !toSign ? <AwaitingTag role={row.latestVersion.awaiting} /> : null}
          </Space>
        </Flex>
        <Typography.Text type="secondary">
          {t(`enums.contractType.${row.contractType}`)} · {formatDate(row.startsOn, language)} – {row.endsOn ? formatDate(row.endsOn, language) : t('contracts.openEnded')}
        </Typography.Text>
        <Link to={target} data-testid={toSign ? 'my-contract-sign' : 'my-contract-open'}>
          <Button type={toSign ? 'primary' : 'default'} block icon={toSign ? <SignatureOutlined /> : <RightOutlined />}>
            {toSign ? t('contracts.mine.readAndSign') : t('common.view')}
          </Button>
        </Link>
      </Flex>
    </Card>
  );
}

/** `/me/contracts`: the viewer's own contracts, those awaiting their signature first; made for a phone. */
export default function MyContractsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const employeeId = viewer.employee?.id ?? null;
  const { data, loading, error, refetch } = useQuery(MyContractListQuery, {
    variables: { employeeId: employeeId ?? '' },
    skip: !employeeId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(() => data?.contracts?.edges.map((edge) => edge.node) ?? [], [data]);
  const { toSign, others } = useMemo(() => splitMine(rows), [rows]);

  if (!employeeId) return <Result status="info" title={t('contracts.mine.noRecord')} />;
  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('contracts.mine.title')} subTitle={t('contracts.mine.subtitle')} testId="my-contracts-page">
      {!data && loading ? (
        <Card>
          <Skeleton active paragraph={{ rows: 4 }} />
        </Card>
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%', maxWidth: 720 }}>
          {toSign.length ? (
            <Alert type="warning" showIcon icon={<SignatureOutlined />} message={t('contracts.mine.toSign', { count: toSign.length })} data-testid="my-contracts-to-sign" />
          ) : null}
          {toSign.map((row) => (
            <ContractCard key={row.id} row={row} toSign />
          ))}
          {others.length ? (
            <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
              <Space>
                <FileProtectOutlined />
                {t('contracts.mine.history')}
              </Space>
            </Typography.Title>
          ) : null}
          {others.map((row) => (
            <ContractCard key={row.id} row={row} toSign={false} />
          ))}
          {rows.length === 0 ? <Empty description={t('contracts.mine.none')} /> : null}
        </Space>
      )}
    </PageContainer>
  );
}
