import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '@/app/i18n';
import type { Language } from '@/app/i18n';
import { formatCount, formatDecimal, formatMoney } from '@/app/i18n/format';
import type { TrafficSummaryFieldsFragment } from '@/graphql/generated/graphql';

export type TrafficSummary = TrafficSummaryFieldsFragment;

/** The nine totals of a period, as cards (skeletons while loading, nothing when there is no summary). */
export function TrafficSummaryCards({ summary, loading }: { summary: TrafficSummary | null | undefined; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const empty = t('common.empty');
  const hint = (text: string) => (
    <Tooltip title={text}>
      <QuestionCircleOutlined style={{ marginInlineStart: 4, cursor: 'help' }} />
    </Tooltip>
  );
  const money = (value: string | null | undefined) => (value ? formatMoney(value) : empty);

  const cards: { key: string; title: ReactNode; value: string }[] = summary
    ? [
        { key: 'liveDays', title: t('traffic.summary.liveDays'), value: t('traffic.summary.days', { value: formatCount(summary.liveDays, language) }) },
        {
          key: 'effectiveDays',
          title: <>{t('traffic.summary.effectiveDays')}{hint(t('traffic.summary.effectiveDaysHint'))}</>,
          value: t('traffic.summary.days', { value: formatCount(summary.effectiveDays, language) }),
        },
        { key: 'liveHours', title: t('traffic.summary.liveHours'), value: t('traffic.summary.hours', { value: formatDecimal(summary.liveHours, 1) }) },
        { key: 'peakViewers', title: t('traffic.summary.peakViewers'), value: formatCount(summary.peakViewers, language) },
        { key: 'newFollowers', title: t('traffic.summary.newFollowers'), value: formatCount(summary.newFollowers, language) },
        { key: 'giftRevenue', title: t('traffic.summary.giftRevenue'), value: money(summary.giftRevenue) },
        { key: 'gmv', title: t('traffic.summary.gmv'), value: money(summary.gmv) },
        {
          key: 'giftRevenuePerViewerHour',
          title: <>{t('traffic.summary.giftRevenuePerViewerHour')}{hint(t('traffic.summary.perViewerHourHint'))}</>,
          value: money(summary.giftRevenuePerViewerHour),
        },
        {
          key: 'interactionsPerViewerHour',
          title: <>{t('traffic.summary.interactionsPerViewerHour')}{hint(t('traffic.summary.perViewerHourHint'))}</>,
          value: summary.interactionsPerViewerHour ? formatDecimal(summary.interactionsPerViewerHour, 2) : empty,
        },
      ]
    : [];

  if (!summary) {
    if (!loading) return null;
    return (
      <Row gutter={[16, 16]} data-testid="traffic-summary-loading">
        {Array.from({ length: 9 }, (_, index) => (
          <Col xs={12} md={8} key={index}>
            <Card size="small" loading />
          </Col>
        ))}
      </Row>
    );
  }

  return (
    <Row gutter={[16, 16]} data-testid="traffic-summary">
      {cards.map((card) => (
        <Col xs={12} md={8} key={card.key}>
          <Card size="small">
            <Statistic title={card.title} value={card.value} formatter={() => <span data-testid={`traffic-summary-${card.key}`}>{card.value}</span>} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
