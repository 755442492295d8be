import { SignatureOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Flex, List, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { MyContractListQuery } from '@/features/contracts/queries';
import { cardState, DashboardCard } from './DashboardCard';

/** An employee's contracts waiting for their signature, each with its "read and sign" button. */
export function MyContractsCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error, refetch } = useQuery(MyContractListQuery, { variables: { employeeId }, fetchPolicy: 'cache-and-network' });
  const toSign = useMemo(
    () => (data?.contracts?.edges ?? []).map((edge) => edge.node).filter((row) => row.latestVersion.state === 'PENDING_SIGNATURE' && row.latestVersion.awaiting === 'EMPLOYEE'),
    [data],
  );
  const state = cardState(loading, Boolean(data?.contracts), error, toSign.length === 0);

  return (
    <DashboardCard
      cardKey="myContracts"
      title={t('home.dashboard.myContracts.title')}
      icon={<SignatureOutlined />}
      to="/me/contracts"
      linkLabel={t('home.dashboard.myContracts.link')}
      state={state}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('home.dashboard.myContracts.empty')}
      skeletonRows={2}
    >
      <List
        size="small"
        dataSource={toSign}
        renderItem={(row) => (
          <List.Item data-testid="home-contract-to-sign" data-number={row.number} style={{ paddingInline: 0 }}>
            <Flex vertical gap={6} style={{ width: '100%' }}>
              <Typography.Text code strong>
                {row.number}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t(`enums.contractType.${row.contractType}`)} · {formatDate(row.startsOn, language)} – {row.endsOn ? formatDate(row.endsOn, language) : t('contracts.openEnded')}
              </Typography.Text>
              <Link to={`/contracts/${encodeURIComponent(row.id)}/sign`} data-testid="home-contract-sign">
                <Button type="primary" block icon={<SignatureOutlined />}>
                  {t('contracts.mine.readAndSign')}
                </Button>
              </Link>
            </Flex>
          </List.Item>
        )}
      />
    </DashboardCard>
  );
}
