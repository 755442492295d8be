import { useQuery } from '@apollo/client';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import { formatCount, formatDate, formatDateTime } from '@/app/i18n/format';
import type { AttritionRiskModelCardQuery } from '@/graphql/generated/graphql';
import { AttritionInsightsQuery, AttritionRiskModelCardQuery as ModelCardDocument } from './queries';
import { formatPercent, formatPValue, formatRatio } from './riskListState';

// ECharts stays in the lazy charts chunk: it loads only when there is a calibration to draw.
const CalibrationChart = lazy(() => import('./CalibrationChart'));

type Model = NonNullable<AttritionRiskModelCardQuery['attritionRiskModel']>;

function ModelCard({ model }: { model: Model }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  return (
    <Card title={t('analytics.model.title')} data-testid="risk-model-card" data-chosen={model.chosenModel}>
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={12}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('analytics.model.chosen')}>
              <Tag color="blue" data-testid="risk-model-chosen">
                {model.chosenModel}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.label')}>{model.label}</Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.trainedAt')}>{formatDateTime(model.trainedAt, language)}</Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.snapshots')}>
              {formatDate(model.firstSnapshot, language)} – {formatDate(model.lastSnapshot, language)}
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.rows')}>
              <span data-testid="risk-model-rows">
                {t('analytics.model.rowsValue', { rows: formatCount(model.rows, language), positives: formatCount(model.positives, language) })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('analytics.model.driversMethod')}>{model.driversMethod}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            data-testid="risk-model-candidates"
            dataSource={model.candidates}
            columns={[
              {
                key: 'name',
                title: t('analytics.model.candidate'),
                render: (_, candidate) => (
                  <span>
                    {candidate.name} {candidate.name === model.chosenModel ? <Tag color="blue">{t('analytics.model.chosenTag')}</Tag> : null}
                  </span>
                ),
              },
              {
                key: 'auc',
                title: t('analytics.model.rocAuc'),
                align: 'right',
                render: (_, candidate) => `${formatRatio(candidate.rocAuc, language, 3)} ± ${formatRatio(candidate.rocAucStd, language, 3)}`,
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('analytics.model.calibration')}</Typography.Text>
          {model.calibration.length ? (
            <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 6 }} />}>
              <CalibrationChart bins={model.calibration} />
            </Suspense>
          ) : (
            <Empty description={t('analytics.model.noCalibration')} />
          )}
        </Col>
      </Row>
      {model.unavailableFeatures.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('analytics.model.unavailable')}
          </Typography.Title>
          <List
            size="small"
            data-testid="risk-model-unavailable"
            dataSource={model.unavailableFeatures}
            renderItem={(feature) => (
              <List.Item>
                <Typography.Text code>{feature.name}</Typography.Text> <span className="muted">{feature.reason}</span>
              </List.Item>
            )}
          />
        </>
      ) : null}
    </Card>
  );
}

function InsightsCard() {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const { data, loading, error } = useQuery(AttritionInsightsQuery, { fetchPolicy: 'cache-first' });
  const scan = data?.attritionInsights;
  return (
    <Card title={t('analytics.insights.title')} data-testid="attrition-insights" data-ready={String(Boolean(scan) && !loading)}>
      {error && !scan ? <Alert type="error" showIcon message={t('common.loadError')} description={error.message} /> : null}
      {loading && !scan ? <Skeleton active /> : null}
      {scan ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('analytics.insights.scope', {
              from: formatDate(scan.windowStart, language),
              to: formatDate(scan.windowEnd, language),
              personWindows: formatCount(scan.personWindows, language),
              leavers: formatCount(scan.leavers, language),
            })}
          </Typography.Paragraph>
          {scan.insights.length ? (
            <List
              dataSource={scan.insights}
              renderItem={(insight) => (
                <List.Item data-testid="attrition-insight" data-factor={insight.factor}>
                  <List.Item.Meta
                    title={insight.sentence}
                    description={t('analytics.insights.stats', {
                      ratio: formatRatio(insight.ratio, language, 1),
                      low: formatRatio(insight.ciLow, language, 1),
                      high: formatRatio(insight.ciHigh, language, 1),
                      p: formatPValue(insight.pValue, language),
                      cohortLeft: insight.cohortLeft,
                      cohortSize: insight.cohortSize,
                      cohortRate: formatPercent(insight.cohortSize ? insight.cohortLeft / insight.cohortSize : null, language),
                      referenceLeft: insight.referenceLeft,
                      referenceSize: insight.referenceSize,
                      referenceRate: formatPercent(insight.referenceSize ? insight.referenceLeft / insight.referenceSize : null, language),
                    })}
                  />
                </List.Item>
              )}
            />
          ) : (
            <Empty data-testid="attrition-insights-empty" description={t('analytics.insights.empty')} />
          )}
        </>
      ) : null}
    </Card>
  );
}

/** The model card and the cohort insights: for a company-wide viewer only (the caller checks). */
export function AttritionInsightsSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ModelCardDocument, { fetchPolicy: 'cache-and-network' });
  const model = data?.attritionRiskModel;
  return (
    <div data-testid="analytics-insights-section" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      {model ? (
        <ModelCard model={model} />
      ) : (
        <Card title={t('analytics.model.title')}>
          {loading ? <Skeleton active /> : error ? <Alert type="error" showIcon message={t('common.loadError')} description={error.message} /> : <Empty description={t('analytics.model.none')} />}
        </Card>
      )}
      <InsightsCard />
    </div>
  );
}
