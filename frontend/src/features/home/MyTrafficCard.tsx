import { LineChartOutlined } from '@ant-design/icons';
import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal, formatMoney } from '@/app/i18n/format';
import { isLanguage } from '@/app/i18n';
import type { HomeMyTrafficQuery } from '@/graphql/generated/graphql';
import type { DashboardCardState } from './DashboardCard';
import { DashboardCard } from './DashboardCard';

type Summary = NonNullable<NonNullable<NonNullable<HomeMyTrafficQuery['viewer']>['employee']>['trafficSummary']>;

/** A host's own totals for the last 30 days, linking to their traffic page. */
export function MyTrafficCard({
  employeeId,
  summary,
  state,
  errorMessage,
  onRetry,
}: {
  employeeId: string;
  summary: Summary | null | undefined;
  state: DashboardCardState;
  errorMessage?: string | undefined;
  onRetry: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const stats = summary
    ? [
        { key: 'giftRevenue', title: t('traffic.summary.giftRevenue'), value: formatMoney(summary.giftRevenue) },
        { key: 'liveHours', title: t('traffic.summary.liveHours'), value: t('traffic.summary.hours', { value: formatDecimal(summary.liveHours, 1) }) },
        { key: 'viewerHours', title: t('home.dashboard.myTraffic.viewerHours'), value: formatDecimal(summary.viewerHours, 1) },
        { key: 'newFollowers', title: t('traffic.summary.newFollowers'), value: formatCount(summary.newFollowers, language) },
      ]
    : [];
  return (
    <DashboardCard
      cardKey="myTraffic"
      title={t('home.dashboard.myTraffic.title')}
      icon={<LineChartOutlined />}
      to={`/traffic/hosts/${encodeURIComponent(employeeId)}`}
      linkLabel={t('home.dashboard.myTraffic.link')}
      state={state}
      errorMessage={errorMessage}
      onRetry={onRetry}
      empty={t('home.dashboard.myTraffic.empty')}
      skeletonRows={2}
    >
      <Row gutter={[16, 16]}>
        {stats.map((stat) => (
          <Col xs={12} key={stat.key}>
            <Statistic title={stat.title} value={stat.value} formatter={() => <span data-testid={`home-my-traffic-${stat.key}`}>{stat.value}</span>} />
          </Col>
        ))}
      </Row>
    </DashboardCard>
  );
}
