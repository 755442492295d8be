import { useQuery } from '@apollo/client';
import { App, Card, Flex } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { ReviewRowFieldsFragment as Review } from '@/graphql/generated/graphql';
import { ReviewCalibrateForm } from './ReviewCalibrateForm';
import { ReviewRateForm } from './ReviewRateForm';
import { ReviewTable } from './ReviewTable';
import { rememberCursors, usePageCursor } from './pageCursors';
import { ReviewListQuery } from './queries';
import type { ReviewListState } from './reviewListState';
import { PAGE_SIZES, parseReviewListState, reviewResultSetKey, serializeReviewListState, toReviewFilter, updateReviewListState } from './reviewListState';

/** URL parameters a page keeps for itself next to the table's (`?cycle=` of the team page). */
const KEPT_PARAMS = ['cycle'];

/**
 * One cycle's reviews the viewer may see (HR everyone's, a lead their teams'), paged by the
 * server with `?page=&size=` in the URL, with rating (performance.rate, while open, never
 * one's own) and calibration (performance.write, in calibration).
 */
export function ReviewCycleReviews({ cycleId, onTotal }: { cycleId: string; onTotal?: (total: number) => void }) {
  const { t } = useTranslation();
  const { viewer, can } = useViewer();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseReviewListState(cycleId, params), [cycleId, params]);
  const cursor = usePageCursor(state);
  const [rating, setRating] = useState<Review | null>(null);
  const [calibrating, setCalibrating] = useState<Review | null>(null);

  const { data, previousData, loading, error, refetch } = useQuery(ReviewListQuery, {
    variables: { first: state.pageSize, after: cursor.after ?? null, filter: toReviewFilter(state) },
    skip: cursor.after === undefined,
  });
  const connection = (data ?? previousData)?.reviews;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const total = connection?.totalCount;

  const write = (next: ReviewListState, replace = false) => {
    const search = serializeReviewListState(next);
    for (const key of KEPT_PARAMS) {
      const value = params.get(key);
      if (value) search.set(key, value);
    }
    setParams(search, { replace });
  };

  useEffect(() => {
    if (data?.reviews && cursor.after !== undefined) {
      rememberCursors(reviewResultSetKey(state), (state.page - 1) * state.pageSize, data.reviews.edges.map((edge) => edge.cursor));
    }
  }, [data, cursor.after, state]);

  useEffect(() => {
    if (cursor.overshoot) write({ ...state, page: 1 }, true);
    // `write` only reads the current params.
  }, [cursor.overshoot, state]);

  useEffect(() => {
    if (total !== undefined) onTotal?.(total);
  }, [total, onTotal]);

  const onTableChange = (pagination: TablePaginationConfig) => {
    const pageSize = pagination.pageSize ?? state.pageSize;
    if (pageSize !== state.pageSize) write(updateReviewListState(state, { pageSize }));
    else if (pagination.current && pagination.current !== state.page) write(updateReviewListState(state, { page: pagination.current }));
  };

  if (!connection && (error || cursor.error)) return <LoadErrorPage message={(error ?? cursor.error)?.message} onRetry={() => void refetch()} />;

  const exportColumns: ExportColumn[] = [
    { path: 'employee.name', header: t('performance.columns.employee') },
    { path: 'employee.employeeNo', header: t('employees.columns.employeeNo') },
    { path: 'employee.team.name', header: t('employees.columns.team') },
    { path: 'templateName', header: t('performance.columns.template') },
    { path: 'managerRating', header: t('performance.columns.rating') },
    { path: 'score', header: t('performance.columns.score') },
    { path: 'calibration.points', header: t('performance.columns.calibration') },
    { path: 'acknowledgedAt', header: t('performance.columns.acknowledged') },
  ];

  const ownReview = (row: Review) => Boolean(viewer.employee && row.employee?.id === viewer.employee.id);

  return (
    <Card>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButtons
          query={ReviewListQuery}
          connection="reviews"
          variables={{ filter: toReviewFilter(state) }}
          columns={exportColumns}
          fileName={t('performance.cycles.title')}
          disabled={!total}
        />
      </Flex>
      <PartialDataAlert error={connection ? error : undefined} />
      <ReviewTable
        rows={rows}
        loading={loading || cursor.after === undefined}
        ready={Boolean(data) && !loading && cursor.after !== undefined}
        onChange={onTableChange}
        pagination={{
          current: state.page,
          pageSize: state.pageSize,
          total: total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZES.map(String),
          showTotal: (count, [from, to]) => t('common.range', { from, to, total: count }),
        }}
        canRate={(row) => can(Permission.performanceRate) && row.cycle.status === 'OPEN' && !ownReview(row)}
        canCalibrate={(row) => can(Permission.performanceWrite) && row.cycle.status === 'CALIBRATION' && row.weighted !== null}
        onRate={setRating}
        onCalibrate={setCalibrating}
      />
      <ReviewRateForm
        review={rating}
        onClose={() => setRating(null)}
        onRated={(review) => {
          setRating(null);
          void message.success(t('performance.rate.saved', { name: review.employee?.name ?? '' }));
        }}
      />
      <ReviewCalibrateForm
        review={calibrating}
        onClose={() => setCalibrating(null)}
        onCalibrated={(review) => {
          setCalibrating(null);
          void message.success(t('performance.calibrate.saved', { name: review.employee?.name ?? '' }));
        }}
      />
    </Card>
  );
}
