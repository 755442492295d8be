import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Button, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { cardState, DashboardCard } from '@/features/home/DashboardCard';
import { LeaveRecordListQuery } from './queries';

/** The home card of an employee's leave: requests waiting for HR and the latest record, with a way to ask for more. */
export function MyLeaveCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error, refetch } = useQuery(LeaveRecordListQuery, {
    variables: { first: 20, after: null, filter: { employeeId } },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.leaveRecords?.edges.map((edge) => edge.node) ?? [];
  const pending = rows.filter((row) => row.status === 'PENDING').length;
  const latest = rows[0];
  const request = (
    <Link to="/me/leave" data-testid="home-leave-request">
      <Button type="primary" size="small">
        {t('attendance.leave.request')}
      </Button>
    </Link>
  );
  return (
    <DashboardCard
      cardKey="myLeave"
      title={t('attendance.mine.title')}
      icon={<CalendarOutlined />}
      to="/me/leave"
      linkLabel={t('attendance.home.link')}
      state={cardState(loading, Boolean(data?.leaveRecords), error, rows.length === 0)}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('attendance.home.none')}
      emptyAction={request}
      skeletonRows={2}
    >
      <Flex vertical gap={8}>
        <Statistic title={t('attendance.home.pending')} value={pending} data-testid="home-leave-pending" />
        {latest ? (
          <Typography.Text type="secondary">
            {t('attendance.home.latest', { kind: t(`attendance.enums.leaveKind.${latest.kind}`), date: formatDate(latest.startDate, language) })}
          </Typography.Text>
        ) : null}
        <div>{request}</div>
      </Flex>
    </DashboardCard>
  );
}
