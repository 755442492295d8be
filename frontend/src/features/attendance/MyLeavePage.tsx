import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client';
import { App, Button, Card, Empty, Flex, List, Popconfirm, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatDate, formatDecimal } from '@/app/i18n/format';
import { useViewer } from '@/app/viewer';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import { companyToday } from '@/features/traffic/trafficState';
import { LeaveForm } from './LeaveForm';
import { LeaveStatusTag } from './LeaveStatusTag';
import { canCancelLeave } from './attendanceLogic';
import { LeaveRecordListQuery } from './queries';
import { useLeaveActions } from './useLeaveActions';

/** `/me/leave`: one's own leave, latest first, and a request for more (a list, so it reads on a phone). */
export default function MyLeavePage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const employeeId = viewer.employee?.id ?? null;
  const today = useMemo(() => companyToday(), []);
  const [requesting, setRequesting] = useState(false);
  const act = useLeaveActions();
  const { data, loading, error, refetch } = useQuery(LeaveRecordListQuery, {
    variables: { first: 50, after: null, filter: { employeeId } },
    skip: !employeeId,
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.leaveRecords?.edges.map((edge) => edge.node) ?? [];

  if (!employeeId) return <Empty description={t('attendance.mine.noEmployee')} />;
  if (!data && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('attendance.mine.title')}
      subTitle={t('attendance.mine.subtitle')}
      testId="my-leave-page"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRequesting(true)} data-testid="leave-request">
          {t('attendance.leave.request')}
        </Button>
      }
    >
      <PartialDataAlert error={data ? error : undefined} />
      <Card styles={{ body: { padding: 0 } }}>
        <List
          loading={loading && !data}
          dataSource={rows}
          locale={{ emptyText: t('attendance.mine.none') }}
          renderItem={(row) => (
            <List.Item data-testid="my-leave" data-status={row.status} data-reason={row.reason} style={{ padding: '12px 16px' }}>
              <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>
                    {t(`attendance.enums.leaveKind.${row.kind}`)} · {t('attendance.mine.days', { days: formatDecimal(row.days, 1) })}
                  </Typography.Text>
                  <LeaveStatusTag status={row.status} />
                </Flex>
                <Typography.Text type="secondary">
                  {row.startDate === row.endDate ? formatDate(row.startDate, language) : `${formatDate(row.startDate, language)} – ${formatDate(row.endDate, language)}`}
                </Typography.Text>
                {row.reason ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                    {row.reason}
                  </Typography.Text>
                ) : null}
                {canCancelLeave(row.status, row.startDate, today, false) ? (
                  <div>
                    <Popconfirm title={t('attendance.leave.cancelConfirm')} onConfirm={() => act('cancel', row.id)}>
                      <Button size="small" data-testid="my-leave-cancel">
                        {row.status === 'PENDING' ? t('attendance.mine.withdraw') : t('attendance.leave.cancel')}
                      </Button>
                    </Popconfirm>
                  </div>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      <LeaveForm
        mode="request"
        open={requesting}
        onClose={() => setRequesting(false)}
        onSaved={() => {
          setRequesting(false);
          void message.success(t('attendance.mine.requested'));
        }}
      />
    </PageContainer>
  );
}
