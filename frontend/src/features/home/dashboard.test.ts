import { describe, expect, it } from 'vitest';
import type { LiveAlert } from '@/features/alerts/AlertFeed';
import { dashboardCards, last12Months, last30Days } from './dashboardCards';
import { newestAlerts } from './LiveAlertsCard';
import { workforceFacts } from './workforce';

// Built-in roles' permissions and row scopes, as backend/permissions.py grants them.
const ROLES: Record<string, { rowScope: string; permissions: string[] }> = {
  hr_manager: {
    rowScope: 'all',
    permissions: ['employees.read', 'employees.write', 'org.read', 'alerts.read', 'traffic.read', 'contracts.read', 'contracts.write'],
  },
  finance: {
    rowScope: 'all',
    permissions: ['employees.read', 'compensation.read', 'org.read', 'alerts.read', 'traffic.read', 'contracts.read', 'payroll.read', 'payroll.run'],
  },
  recruiter: { rowScope: 'all', permissions: ['employees.read', 'org.read', 'self.read_pii'] },
  team_lead: { rowScope: 'team', permissions: ['employees.read', 'org.read', 'alerts.read', 'traffic.read', 'contracts.read', 'contracts.sign_business'] },
  employee: {
    rowScope: 'self',
    permissions: ['employees.read', 'org.read', 'alerts.read', 'traffic.read', 'contracts.read', 'performance.read', 'training.read', 'attendance.read'],
  },
};

function cardsOf(role: string, hasEmployee = true) {
  const { rowScope, permissions } = ROLES[role]!;
  return dashboardCards({ rowScope, hasEmployee, can: (permission) => permissions.includes(permission) });
}

describe('dashboardCards', () => {
  it('gives each role the cards its permissions allow', () => {
    expect(cardsOf('hr_manager')).toEqual(['workforce', 'expiringContracts', 'alerts', 'trafficMovers']);
    expect(cardsOf('finance')).toEqual(['workforce', 'expiringContracts', 'payrollStatus', 'alerts']);
    expect(cardsOf('recruiter')).toEqual(['workforce']);
    expect(cardsOf('team_lead')).toEqual(['workforce', 'expiringContracts', 'alerts', 'trafficMovers']);
    expect(cardsOf('employee')).toEqual(['myContracts', 'myTraffic', 'myReviews', 'myTraining', 'myLeave', 'alerts']);
    expect(cardsOf('employee', false)).toEqual(['alerts']);
  });
});

describe('periods', () => {
  it('covers the last 30 days and the last 12 months from the first of a month', () => {
    expect(last30Days('2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(last12Months('2026-12-02')).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(last12Months('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' });
  });
});

describe('workforceFacts', () => {
  const base = { __typename: 'WorkforceTrend' as const, months: ['2026-01-01', '2026-02-01'], voluntaryExits: [0, 1], attritionRatePercent: ['0', '5.13'] };
  it('reads the end headcount, the net change and the totals', () => {
    expect(workforceFacts({ ...base, headcount: [40, 38], hires: [2, 0], exits: [1, 2], annualisedAttritionRatePercent: '37.50' })).toEqual({
      headcount: 38,
      change: -1,
      hires: 2,
      exits: 3,
      annualisedAttritionRatePercent: '37.50',
    });
  });
  it('is null when nobody is in view', () => {
    expect(workforceFacts({ ...base, headcount: [0, 0], hires: [0, 0], exits: [0, 0], attritionRatePercent: [null, null], annualisedAttritionRatePercent: null })).toBeNull();
  });
});

describe('newestAlerts', () => {
  const alert = (id: string, createdAt: string): LiveAlert => ({
    __typename: 'Alert',
    id,
    kind: 'TRAFFIC_ANOMALY',
    severity: 'WARNING',
    message: id,
    createdAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    cursor: id,
    employee: null,
  });
  it('puts live alerts on top of the loaded ones, once each, newest first', () => {
    const loaded = [alert('b', '2026-12-01T10:00:00+00:00'), alert('a', '2026-12-01T09:00:00+00:00')];
    const live = [alert('c', '2026-12-02T10:00:00+00:00'), alert('b', '2026-12-01T10:00:00+00:00')];
    expect(newestAlerts(live, loaded, 2).map((row) => row.id)).toEqual(['c', 'b']);
  });
});
