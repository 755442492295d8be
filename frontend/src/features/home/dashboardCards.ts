import { Permission } from '@/app/permissions';
import type { PermissionName } from '@/app/permissions';
import { addDays, companyToday } from '@/features/traffic/trafficState';
import type { DateRange } from '@/features/traffic/trafficState';

/** The home dashboard's cards, in the order they are laid out. */
export type DashboardCardKey = 'workforce' | 'expiringContracts' | 'payrollStatus' | 'alerts' | 'trafficMovers' | 'myContracts' | 'myTraffic' | 'myReviews' | 'myTraining' | 'myLeave';

export interface DashboardViewer {
  rowScope: string;
  hasEmployee: boolean;
  can: (permission: PermissionName) => boolean;
}

/**
 * Which cards a viewer gets, from their permissions and row scope (the server still decides
 * what each query returns):
 * - people who see others (row scope all or team) get the workforce trend (employees.read),
 *   the expiring contracts (contracts.read) and, if they manage people (a team lead, or someone
 *   with employees.write), the top traffic movers (traffic.read) — finance reads traffic but
 *   manages no hosts;
 * - whoever reads payroll (payroll.read: finance) gets the latest runs' status;
 * - an employee (row scope self) gets their contracts to sign, for a host their own traffic, and
 *   their latest closed review's score (performance.read), their open trainings (training.read) and
 *   their leave with a way to request more (attendance.read);
 * - everyone with alerts.read gets the live alerts.
 */
export function dashboardCards({ rowScope, hasEmployee, can }: DashboardViewer): DashboardCardKey[] {
  const cards: DashboardCardKey[] = [];
  const seesOthers = rowScope === 'all' || rowScope === 'team';
  if (seesOthers) {
    if (can(Permission.employeesRead)) cards.push('workforce');
    if (can(Permission.contractsRead)) cards.push('expiringContracts');
  }
  if (can(Permission.payrollRead)) cards.push('payrollStatus');
  if (rowScope === 'self' && hasEmployee) {
    if (can(Permission.contractsRead)) cards.push('myContracts');
    if (can(Permission.trafficRead)) cards.push('myTraffic');
    if (can(Permission.performanceRead)) cards.push('myReviews');
    if (can(Permission.trainingRead)) cards.push('myTraining');
    if (can(Permission.attendanceRead)) cards.push('myLeave');
  }
  if (can(Permission.alertsRead)) cards.push('alerts');
  if (seesOthers && can(Permission.trafficRead) && (rowScope === 'team' || can(Permission.employeesWrite))) cards.push('trafficMovers');
  return cards;
}

/** The last 30 days, today included (company time zone), as the traffic pages' default period. */
export function last30Days(today: string = companyToday()): DateRange {
  return { from: addDays(today, -29), to: today };
}

/** The last 12 months: from the first day of the month eleven months back to today. */
export function last12Months(today: string = companyToday()): DateRange {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to: today };
}
