import { ArrowLeftOutlined, ArrowRightOutlined, ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDate } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { PageContainer } from '@/components/PageContainer';
import { LoadErrorPage, NotFoundPage } from '@/components/StatusPage';
import { ReviewCycleReviews } from './ReviewCycleReviews';
import { ReviewCycleStatusTag } from './ReviewTags';
import { ReviewCycleAdvanceMutation, ReviewCycleRecomputeMutation } from './mutations';
import { ReviewCycleDetailsQuery } from './queries';
import { nextStatus } from './reviewLogic';

/** `/performance/cycles/:id`: a cycle, its status flow and its reviews (server paging, `?page=&size=` in the URL). */
export default function ReviewCycleDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const [failure, setFailure] = useState<string[]>([]);
  const [total, setTotal] = useState<number | null>(null);

  const cycleQuery = useQuery(ReviewCycleDetailsQuery, { variables: { id } });
  const cycle = cycleQuery.data?.reviewCycle ?? null;
  const [advance, advancing] = useMutation(ReviewCycleAdvanceMutation);
  const [recompute, recomputing] = useMutation(ReviewCycleRecomputeMutation, { refetchQueries: ['ReviewList'] });

  if (!cycleQuery.data && cycleQuery.loading) return <Card loading />;
  if (!cycle) {
    if (cycleQuery.error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'NOT_FOUND')) return <NotFoundPage />;
    return <LoadErrorPage message={cycleQuery.error?.message} onRetry={() => void cycleQuery.refetch()} />;
  }

  const canWrite = can(Permission.performanceWrite);
  const next = nextStatus(cycle.status);

  const runAdvance = async () => {
    setFailure([]);
    try {
      const { data: result, errors } = await advance({ variables: { id: cycle.id } });
      const payload = result?.reviewCycleAdvance;
      if (payload?.errors.length) setFailure(payload.errors.map((e) => mutationErrorText(t, e)));
      else if (payload?.cycle) void message.success(t('performance.cycle.advanced', { status: t(`performance.enums.cycleStatus.${payload.cycle.status}`) }));
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  const runRecompute = async () => {
    setFailure([]);
    try {
      const { data: result, errors } = await recompute({ variables: { id: cycle.id } });
      const payload = result?.reviewCycleRecompute;
      if (payload?.errors.length) setFailure(payload.errors.map((e) => mutationErrorText(t, e)));
      else if (payload?.cycle) void message.success(t('performance.cycle.recomputed', { count: payload.changed ?? 0 }));
      else setFailure([errors?.[0]?.message ?? t('performance.actionFailed')]);
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('performance.actionFailed')]);
    }
  };

  return (
    <PageContainer
      title={cycle.name}
      subTitle={<ReviewCycleStatusTag status={cycle.status} testId="review-cycle-status" />}
      testId="review-cycle-page"
      extra={
        <Space wrap>
          <Link to="/performance">
            <Button icon={<ArrowLeftOutlined />}>{t('performance.cycles.title')}</Button>
          </Link>
          {canWrite && cycle.status === 'OPEN' ? (
            <Button icon={<ReloadOutlined />} loading={recomputing.loading} onClick={() => void runRecompute()} data-testid="review-cycle-recompute">
              {t('performance.cycle.recompute')}
            </Button>
          ) : null}
          {canWrite && next ? (
            <Popconfirm
              title={t('performance.cycle.advanceConfirm', { status: t(`performance.enums.cycleStatus.${next}`) })}
              description={next === 'CLOSED' ? t('performance.cycle.closeHint') : t('performance.cycle.calibrationHint')}
              okText={t('performance.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() => runAdvance()}
            >
              <Button type="primary" icon={<ArrowRightOutlined />} loading={advancing.loading} data-testid="review-cycle-advance">
                {t('performance.cycle.advanceTo', { status: t(`performance.enums.cycleStatus.${next}`) })}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      }
    >
      <Space direction="vertical" size={16} style={{ width: '100%' }}>
        {failure.length ? (
          <Alert type="error" showIcon closable message={failure.join(' ')} onClose={() => setFailure([])} data-testid="review-cycle-error" />
        ) : null}
        <Card size="small">
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'kind', label: t('performance.cycles.columns.kind'), children: t(`performance.enums.cycleKind.${cycle.kind}`) },
              { key: 'period', label: t('performance.cycles.columns.period'), children: `${formatDate(cycle.periodStart, language)} – ${formatDate(cycle.periodEnd, language)}` },
              { key: 'count', label: t('performance.cycle.reviewCount'), children: total === null ? t('common.empty') : String(total) },
            ]}
          />
        </Card>
        <ReviewCycleReviews cycleId={cycle.id} onTotal={setTotal} />
      </Space>
    </PageContainer>
  );
}
