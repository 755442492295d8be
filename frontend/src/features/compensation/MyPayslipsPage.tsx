import { useQuery } from '@apollo/client';
import { Button, Card, Collapse, Descriptions, Empty, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage } from '@/components/StatusPage';
import { Money } from './Money';
import { PayslipLineList } from './PayslipLineList';
import { monthLabel } from './payrollState';
import { MyPayslipListQuery } from './queries';

const PAGE = 12;

/**
 * `/me/payslips`: an employee's payslips of locked months, newest first; a month opens to its
 * lines and the working behind each. One column, made for a phone.
 */
export default function MyPayslipsPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer } = useViewer();
  const employeeId = viewer.employee?.id ?? '';
  const { data, loading, error, refetch, fetchMore } = useQuery(MyPayslipListQuery, {
    variables: { employeeId, first: PAGE, after: null },
    skip: !employeeId,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.payslips;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];

  if (!employeeId) return <Result status="info" title={t('compensation.mine.title')} subTitle={t('compensation.mine.noEmployee')} />;
  if (!connection && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  const more = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) =>
        previous.payslips && fetchMoreResult.payslips
          ? { ...fetchMoreResult, payslips: { ...fetchMoreResult.payslips, edges: [...previous.payslips.edges, ...fetchMoreResult.payslips.edges] } }
          : previous,
    });

  return (
    <PageContainer
      title={t('compensation.mine.title')}
      subTitle={t('compensation.mine.subtitle')}
      testId="my-payslips-page"
      extra={
        <ExportButtons
          query={MyPayslipListQuery}
          connection="payslips"
          variables={{ employeeId }}
          columns={[
            { path: 'month', header: t('compensation.runs.columns.month') },
            { path: 'base', header: t('compensation.amounts.base') },
            { path: 'commission', header: t('compensation.amounts.commission') },
            { path: 'adjustments', header: t('compensation.amounts.adjustments') },
            { path: 'gross', header: t('compensation.amounts.gross') },
          ]}
          fileName={t('compensation.mine.title')}
          disabled={rows.length === 0}
        />
      }
    >
      {!connection && loading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : rows.length === 0 ? (
        <Card>
          <Empty description={t('compensation.mine.empty')} data-testid="my-payslips-empty" />
        </Card>
      ) : (
        <Flex vertical gap={12}>
          <Collapse
            data-testid="my-payslips"
            defaultActiveKey={rows[0] ? [rows[0].id] : []}
            items={rows.map((slip) => ({
              key: slip.id,
              label: (
                <Flex justify="space-between" align="center" gap={8} data-testid="my-payslip" data-month={slip.month}>
                  <Typography.Text strong>{monthLabel(slip.month, language)}</Typography.Text>
                  <Money value={slip.gross} strong testId="my-payslip-gross" />
                </Flex>
              ),
              children: (
                <Flex vertical gap={12}>
                  <Descriptions
                    size="small"
                    column={{ xs: 1, sm: 3 }}
                    items={[
                      { key: 'base', label: t('compensation.amounts.base'), children: <Money value={slip.base} /> },
                      { key: 'commission', label: t('compensation.amounts.commission'), children: <Money value={slip.commission} /> },
                      { key: 'adjustments', label: t('compensation.amounts.adjustments'), children: <Money value={slip.adjustments} /> },
                    ]}
                  />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('compensation.lines.explanationHint')}
                  </Typography.Text>
                  <PayslipLineList lines={slip.lines} total={slip.gross} />
                </Flex>
              ),
            }))}
          />
          {connection?.pageInfo.hasNextPage ? (
            <Button block onClick={() => void more()} data-testid="my-payslips-more">
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Flex>
      )}
    </PageContainer>
  );
}
