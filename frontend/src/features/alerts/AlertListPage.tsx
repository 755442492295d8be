import { CheckCircleOutlined, CheckOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client';
import { App, Badge, Button, Card, Col, Flex, Row, Segmented, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isLanguage } from '@/app/i18n';
import { formatDateTime } from '@/app/i18n/format';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { mutationErrorText } from '@/components/mutationErrors';
import { ExportButtons } from '@/components/ExportButtons';
import type { ExportColumn } from '@/components/listExport';
import { labelsOf } from '@/components/listExport';
import { PageContainer } from '@/components/PageContainer';
import { PartialDataAlert } from '@/components/PartialDataAlert';
import { LoadErrorPage } from '@/components/StatusPage';
import type { AlertFieldsFragment as AlertRow } from '@/graphql/generated/graphql';
import { useAlertFeed } from './AlertFeed';
import { AlertKindTag } from './AlertKindTag';
import { AlertSeverityTag } from './AlertSeverityTag';
import type { AlertListState } from './listState';
import { ALERT_KINDS, ALERT_SEVERITIES, ALERT_STATES, matchesAlertList, mergeLiveAlerts, parseAlertListState, serializeAlertListState, toAlertFilter } from './listState';
import { AlertAcknowledgeMutation, AlertResolveMutation } from './mutations';
import { AlertListQuery } from './queries';

const PAGE_SIZE = 50;

export default function AlertListPage() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { can } = useViewer();
  const { message } = App.useApp();
  const canWrite = can(Permission.alertsWrite);
  const feed = useAlertFeed();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseAlertListState(params), [params]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);

  const { data, loading, error, fetchMore, refetch } = useQuery(AlertListQuery, {
    variables: { first: PAGE_SIZE, after: null, filter: toAlertFilter(state) },
  });
  const connection = data?.alerts;
  const [acknowledge] = useMutation(AlertAcknowledgeMutation);
  const [resolve] = useMutation(AlertResolveMutation);

  const change = (partial: Partial<AlertListState>) => setParams(serializeAlertListState({ ...state, ...partial }));

  // Alerts raised while the page is open come first, as long as they match the filters.
  const listed = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const live = useMemo(() => (connection ? feed.received.filter((alert) => matchesAlertList(state, alert)) : []), [connection, feed.received, state]);
  const rows = useMemo(() => mergeLiveAlerts(live, listed), [live, listed]);
  const total = (connection?.totalCount ?? 0) + (rows.length - listed.length);

  const act = async (alert: AlertRow, verb: 'acknowledge' | 'resolve') => {
    setBusy(`${verb}:${alert.id}`);
    try {
      const result =
        verb === 'acknowledge'
          ? (await acknowledge({ variables: { id: alert.id } })).data?.alertAcknowledge
          : (await resolve({ variables: { id: alert.id } })).data?.alertResolve;
      if (!result) {
        message.error(t('alerts.actionFailed'));
      } else if (result.errors.length) {
        result.errors.forEach((e) => message.error(mutationErrorText(t, e)));
      } else if (result.alert) {
        feed.changed(result.alert);
        message.success(t(verb === 'acknowledge' ? 'alerts.acknowledged' : 'alerts.resolved'));
      }
    } catch (reason) {
      message.error(reason instanceof Error ? reason.message : t('alerts.actionFailed'));
    } finally {
      setBusy(null);
    }
  };

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.alerts && fetchMoreResult.alerts
            ? { alerts: { ...fetchMoreResult.alerts, edges: [...previous.alerts.edges, ...fetchMoreResult.alerts.edges] } }
            : fetchMoreResult,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  /** Who acknowledged (or resolved) it, over when. */
  const handledBy = (label: string, who: string | null | undefined, at: string | null | undefined) =>
    at ? (
      <div>
        <div style={{ wordBreak: 'break-all' }}>
          <Typography.Text type="secondary">{label}</Typography.Text> {who ?? t('common.empty')}
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatDateTime(at, language)}
        </Typography.Text>
      </div>
    ) : null;

  const columns: TableColumnsType<AlertRow> = [
    {
      key: 'kind',
      title: t('alerts.columns.kind'),
      width: 140,
      render: (_, row) => (
        <Space direction="vertical" size={4}>
          <AlertKindTag kind={row.kind} />
          <AlertSeverityTag severity={row.severity} />
        </Space>
      ),
    },
    {
      key: 'message',
      title: t('alerts.columns.message'),
      render: (_, row) => (
        <span data-testid="alert-message">
          {row.acknowledgedAt ? null : <Badge status="processing" style={{ marginInlineEnd: 6 }} />}
          {row.message}
        </span>
      ),
    },
    {
      key: 'employee',
      title: t('alerts.columns.employee'),
      width: 110,
      render: (_, row) => (row.employee ? <Link to={`/employees/${row.employee.id}`}>{row.employee.name}</Link> : t('common.empty')),
    },
    { key: 'createdAt', title: t('alerts.columns.createdAt'), width: 160, render: (_, row) => formatDateTime(row.createdAt, language) },
    {
      key: 'handled',
      title: t('alerts.columns.handled'),
      width: 230,
      render: (_, row) => {
        const acknowledged = handledBy(t('alerts.acknowledgedBy'), row.acknowledgedBy, row.acknowledgedAt);
        const resolved = handledBy(t('alerts.resolvedBy'), row.resolvedBy, row.resolvedAt);
        if (!acknowledged && !resolved) return <Typography.Text type="secondary">{t('alerts.states.open')}</Typography.Text>;
        return (
          <Space direction="vertical" size={4}>
            {acknowledged}
            {resolved}
          </Space>
        );
      },
    },
  ];
  if (canWrite) {
    columns.push({
      key: 'actions',
      title: t('alerts.columns.actions'),
      width: 190,
      fixed: 'right',
      render: (_, row) => (
        <Space size={4}>
          {row.acknowledgedAt ? null : (
            <Button
              size="small"
              icon={<CheckOutlined />}
              loading={busy === `acknowledge:${row.id}`}
              onClick={() => void act(row, 'acknowledge')}
              data-testid="alert-acknowledge"
            >
              {t('alerts.acknowledge')}
            </Button>
          )}
          {row.resolvedAt ? null : (
            <Button
              size="small"
              type="primary"
              ghost
              icon={<CheckCircleOutlined />}
              loading={busy === `resolve:${row.id}`}
              onClick={() => void act(row, 'resolve')}
              data-testid="alert-resolve"
            >
              {t('alerts.resolve')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  const exportColumns: ExportColumn[] = [
    { path: 'kind', header: t('alerts.filters.kind'), labels: labelsOf(ALERT_KINDS, (kind) => t(`enums.alertKind.${kind}`)) },
    { path: 'severity', header: t('alerts.columns.severity'), labels: labelsOf(ALERT_SEVERITIES, (severity) => t(`enums.alertSeverity.${severity}`)) },
    { path: 'message', header: t('alerts.columns.message') },
    { path: 'employee.name', header: t('alerts.columns.employee') },
    { path: 'createdAt', header: t('alerts.columns.createdAt') },
    { path: 'acknowledgedBy', header: t('alerts.columns.acknowledgedBy') },
    { path: 'acknowledgedAt', header: t('alerts.columns.acknowledgedAt') },
    { path: 'resolvedBy', header: t('alerts.columns.resolvedBy') },
    { path: 'resolvedAt', header: t('alerts.columns.resolvedAt') },
  ];

  if (!connection && error) return <LoadErrorPage message={error.message} onRetry={() => void refetch()} />;

  return (
    <PageContainer
      title={t('alerts.title')}
      subTitle={t('alerts.subtitle')}
      testId="alert-list-page"
      extra={
        <ExportButtons
          query={AlertListQuery}
          connection="alerts"
          variables={{ filter: toAlertFilter(state) }}
          columns={exportColumns}
          fileName={t('alerts.title')}
          disabled={!total}
        />
      }
    >
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }} align="middle">
          <Col xs={24} md={12} xl={10}>
            <Select<string[]>
              mode="multiple"
              allowClear
              style={{ width: '100%' }}
              placeholder={t('alerts.filters.kind')}
              value={state.kinds}
              options={ALERT_KINDS.map((kind) => ({ value: kind, label: t(`enums.alertKind.${kind}`) }))}
              onChange={(values) => change({ kinds: ALERT_KINDS.filter((kind) => values.includes(kind)) })}
              data-testid="alert-kind-filter"
            />
          </Col>
          <Col xs={24} md={12} xl={14}>
            <Segmented
              value={state.state}
              options={ALERT_STATES.map((value) => ({ value, label: t(`alerts.states.${value}`) }))}
              onChange={(value) => change({ state: value })}
              data-testid="alert-state-filter"
            />
          </Col>
        </Row>
        <PartialDataAlert error={connection ? error : undefined} />
        <Table<AlertRow>
          rowKey="id"
          data-testid="alert-table"
          columns={columns}
          dataSource={rows}
          loading={loading && !connection}
          pagination={false}
          scroll={{ x: 1100 }}
        />
        <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">{t('common.total', { count: total })}</Typography.Text>
          {connection?.pageInfo.hasNextPage ? (
            <Button onClick={() => void loadMore()} loading={loadingMore}>
              {t('common.loadMore')}
            </Button>
          ) : null}
        </Flex>
      </Card>
    </PageContainer>
  );
}
