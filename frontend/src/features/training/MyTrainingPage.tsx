import { useQuery } from '@apollo/client';
import { Card, Empty, Flex, List, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDateTime, formatDecimal } from '@/app/i18n/format';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { EnrolmentStatusTag } from './EnrolmentStatusTag';
import { EnrolmentListQuery } from './queries';
import { isOpenEnrolment } from './trainingLogic';

/** `/me/training`: one's own trainings, open ones first (a list, not a table, so it reads on a phone). */
export default function MyTrainingPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer } = useViewer();
  const employeeId = viewer.employee?.id ?? null;
  const { data, loading, error, refetch } = useQuery(EnrolmentListQuery, {
    variables: { first: 100, after: null, filter: { employeeId } },
    skip: !employeeId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = useMemo(() => {
    const all = data?.enrolments?.edges.map((edge) => edge.node) ?? [];
    return [...all.filter((row) => isOpenEnrolment(row.status)), ...all.filter((row) => !isOpenEnrolment(row.status))];
  }, [data]);

  if (!employeeId) return <Empty description={t('training.mine.noEmployee')} />;
  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer title={t('training.mine.title')} subTitle={t('training.mine.subtitle')} testId="my-training-page">
      <PartialDataAlert error={data ? error : undefined} />
      <Card styles={{ body: { padding: 0 } }}>
        <List
          loading={loading && !data}
          dataSource={rows}
          locale={{ emptyText: t('training.mine.none') }}
          renderItem={(row) => (
            <List.Item data-testid="my-enrolment" data-status={row.status} style={{ padding: '12px 16px' }}>
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{row.program?.name}</Typography.Text>
                  <Space size={4}>
                    <EnrolmentStatusTag status={row.status} />
                    {row.overdue ? <Tag color="red">{t('training.enrolments.overdue')}</Tag> : null}
                  </Space>
                </Flex>
                {row.session ? (
                  <Typography.Text type="secondary">
                    {formatDateTime(row.session.startsAt, language)}
                    {row.session.location ? ` · ${row.session.location}` : ''}
                  </Typography.Text>
                ) : null}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.plan ? `${row.plan.name} · ` : ''}
                  {row.dueOn ? t('training.mine.due', { date: formatDate(row.dueOn, language) }) : null}
                  {row.completedOn ? t('training.mine.completed', { date: formatDate(row.completedOn, language) }) : null}
                  {row.score ? ` · ${t('training.enrolments.columns.score')} ${formatDecimal(row.score, 1)}` : ''}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </PageContainer>
  );
}
