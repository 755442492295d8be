import { useQuery } from '@apollo/client';
import { Col, Row } from 'antd';
import { useMemo } from 'react';
import { Permission } from '@/app/permissions';
import { useViewer } from '@/app/viewer';
import { cardState } from './DashboardCard';
import { dashboardCards, last30Days } from './dashboardCards';
import { ExpiringContractsCard } from './ExpiringContractsCard';
import { LiveAlertsCard } from './LiveAlertsCard';
import { MyLeaveCard } from '@/features/attendance/MyLeaveCard';
import { MyTrainingCard } from '@/features/training/MyTrainingCard';
import { MyContractsCard } from './MyContractsCard';
import { MyReviewsCard } from './MyReviewsCard';
import { MyTrafficCard } from './MyTrafficCard';
import { PayrollStatusCard } from './PayrollStatusCard';
import { HomeMyTrafficQuery } from './queries';
import { TrafficMoversCard } from './TrafficMoversCard';
import { WorkforceTrendCard } from './WorkforceTrendCard';

/** Gutters that fit the console's 8 px content padding on a phone (a row's margins are half a gutter). */
export const HOME_GUTTER: [{ xs: number; md: number }, { xs: number; md: number }] = [{ xs: 16, md: 24 }, { xs: 16, md: 24 }];

/**
 * The cards of the home page, chosen by the viewer's permissions and row scope
 * (`dashboardCards`); they stack into one column on a phone.
 */
export function HomeDashboard() {
  const { viewer, can } = useViewer();
  const employeeId = viewer.employee?.id ?? null;
  const cards = dashboardCards({ rowScope: viewer.rowScope, hasEmployee: Boolean(employeeId), can });
  const withMyTraffic = cards.includes('myTraffic');
  const range = useMemo(() => last30Days(), []);
  // Whether the employee is a host decides whether their traffic card shows at all.
  const mine = useQuery(HomeMyTrafficQuery, {
    variables: { period: range, withTraffic: can(Permission.trafficRead) },
    skip: !withMyTraffic,
    fetchPolicy: 'cache-and-network',
  });
  const me = mine.data?.viewer?.employee;
  const shown = cards.filter((card) => card !== 'myTraffic' || !mine.data || me?.isHost);
  if (shown.length === 0) return null;

  return (
    <Row gutter={HOME_GUTTER} style={{ marginBottom: 24 }} data-testid="home-dashboard" data-cards={shown.join(' ')}>
      {shown.map((card) => {
        switch (card) {
          case 'workforce':
            return (
              <Col key={card} xs={24} xl={16}>
                <WorkforceTrendCard scope={viewer.rowScope === 'team' ? 'team' : 'all'} />
              </Col>
            );
          case 'expiringContracts':
            return (
              <Col key={card} xs={24} md={12} xl={8}>
                <ExpiringContractsCard />
              </Col>
            );
          case 'payrollStatus':
            return (
              <Col key={card} xs={24} md={12} xl={8}>
                <PayrollStatusCard />
              </Col>
            );
          case 'alerts':
            return (
              <Col key={card} xs={24} md={12} xl={8}>
                <LiveAlertsCard />
              </Col>
            );
          case 'trafficMovers':
            return (
              <Col key={card} xs={24} md={12} xl={8}>
                <TrafficMoversCard />
              </Col>
            );
          case 'myContracts':
            return employeeId ? (
              <Col key={card} xs={24} md={12} xl={8}>
                <MyContractsCard employeeId={employeeId} />
              </Col>
            ) : null;
          case 'myTraffic':
            return employeeId ? (
              <Col key={card} xs={24} md={12} xl={8}>
                <MyTrafficCard
                  employeeId={employeeId}
                  summary={me?.trafficSummary}
                  state={cardState(mine.loading, Boolean(me), mine.error, !me?.trafficSummary || Number(me.trafficSummary.liveHours) === 0)}
                  errorMessage={mine.error?.message}
                  onRetry={() => void mine.refetch()}
                />
              </Col>
            ) : null;
          case 'myReviews':
            return employeeId ? (
              <Col key={card} xs={24} md={12} xl={8}>
                <MyReviewsCard employeeId={employeeId} />
              </Col>
            ) : null;
          case 'myTraining':
            return employeeId ? (
              <Col key={card} xs={24} md={12} xl={8}>
                <MyTrainingCard employeeId={employeeId} />
              </Col>
            ) : null;
          case 'myLeave':
            return employeeId ? (
              <Col key={card} xs={24} md={12} xl={8}>
                <MyLeaveCard employeeId={employeeId} />
              </Col>
            ) : null;
          default:
            return null;
        }
      })}
    </Row>
  );
}
