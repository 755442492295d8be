import { ReadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { cardState, DashboardCard } from '@/features/home/DashboardCard';
import { EnrolmentListQuery } from './queries';

/** The home card of an employee's open trainings: how many, how many overdue, and the next session. */
export function MyTrainingCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error, refetch } = useQuery(EnrolmentListQuery, {
    variables: { first: 50, after: null, filter: { employeeId, status: ['ASSIGNED', 'ENROLLED'] } },
    fetchPolicy: 'cache-and-network',
  });
  const open = data?.enrolments?.edges.map((edge) => edge.node) ?? [];
  const overdue = open.filter((row) => row.overdue).length;
  const next = open
    .filter((row) => row.session)
    .sort((a, b) => (a.session?.startsAt ?? '').localeCompare(b.session?.startsAt ?? ''))[0];
  return (
    <DashboardCard
      cardKey="myTraining"
      title={t('training.mine.title')}
      icon={<ReadOutlined />}
      to="/me/training"
      linkLabel={t('training.home.link')}
      state={cardState(loading, Boolean(data?.enrolments), error, open.length === 0)}
      errorMessage={error?.message}
      onRetry={() => void refetch()}
      empty={t('training.home.none')}
      skeletonRows={2}
    >
      <Flex vertical gap={8}>
        <Statistic title={t('training.home.open')} value={data?.enrolments?.totalCount ?? open.length} data-testid="home-training-open" />
        {overdue ? <Typography.Text type="danger">{t('training.home.overdue', { count: overdue })}</Typography.Text> : null}
        {next?.session ? (
          <Typography.Text type="secondary">
            {t('training.home.next', { name: next.program?.name ?? '', when: formatDateTime(next.session.startsAt, language) })}
          </Typography.Text>
        ) : null}
      </Flex>
    </DashboardCard>
  );
}
