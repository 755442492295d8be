import type { APIRequestContext } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { AttendancePage } from './pages/AttendancePage';

/**
 * HR records a month of attendance by hand: it shows in the month list with its figures; a
 * correction with more days worked than scheduled is refused under the worked-days field, and the
 * month stored stays as it was. A team lead (attendance.read only) sees the months but no button
 * to record or correct one.
 *
 * The month is June 2018, years before the demo's attendance (the seed's last three years), so no
 * other spec, summary or risk score reads it; recording it again (a retry) replaces it.
 */

const MONTH = '2018-06';

interface Employee {
  id: string;
  name: string;
  employeeNo: string;
}

interface StoredMonth {
  scheduledDays: string;
  workedDays: string;
  lateCount: number;
  lateMinutes: number;
  overtimeHours: string;
  absentDays: string;
  source: string;
}

async function firstActiveEmployee(request: APIRequestContext, origin: string): Promise<Employee> {
  const data = await queryAs<{ employees: { edges: { node: Employee }[] } }>(
    request,
    origin,
    'hr_manager',
    '{ employees(first: 1, filter: { status: [ACTIVE] }, orderBy: { field: EMPLOYEE_NO, direction: ASC }) { edges { node { id name employeeNo } } } }',
  );
  const employee = data.employees.edges[0]?.node;
  if (!employee) throw new Error('the demo has no active employee');
  return employee;
}

async function storedMonths(request: APIRequestContext, origin: string, employeeId: string): Promise<StoredMonth[]> {
  const data = await queryAs<{ attendanceMonths: { edges: { node: StoredMonth }[] } }>(
    request,
    origin,
    'hr_manager',
    `query($employee: ID!, $month: Date!) {
      attendanceMonths(first: 5, filter: { employeeId: $employee, monthFrom: $month, monthTo: $month }) {
        edges { node { scheduledDays workedDays lateCount lateMinutes overtimeHours absentDays source } }
      }
    }`,
    { employee: employeeId, month: `${MONTH}-01` },
  );
  return data.attendanceMonths.edges.map((edge) => edge.node);
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('records a month, then is refused more days worked than scheduled', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const employee = await firstActiveEmployee(request, origin);
    const attendance = new AttendancePage(page);

    // From last month's list: saving shows the month recorded.
    await page.goto('/attendance');
    await expect(page.getByTestId('attendance-month-list-page')).toBeVisible();
    await attendance.recordMonth(employee, MONTH, { scheduledDays: '21', workedDays: '19.5', absentDays: '0.5', overtimeHours: '6.5', lateCount: '2', lateMinutes: '25' });
    await expect(attendance.monthForm).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`month=${MONTH}`));
    const row = attendance.monthRowOf(employee.name);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('19.5 / 21.0');
    await expect(row.getByTestId('attendance-late')).toHaveText(/2\s*\(25 分钟\)/);
    await expect(row).toContainText('6.5');
    await expect(row).toContainText('manual');
    const recorded = { scheduledDays: '21.0', workedDays: '19.5', lateCount: 2, lateMinutes: 25, overtimeHours: '6.5', absentDays: '0.5', source: 'manual' };
    expect(await storedMonths(request, origin, employee.id)).toEqual([recorded]);

    // Edit opens with the row's figures; 23 days worked of 21 scheduled is the server's to refuse.
    await row.getByTestId('attendance-month-edit').click();
    await expect(attendance.monthForm).toBeVisible();
    await expect(attendance.numberInput('attendance-record-worked')).toHaveValue('19.5');
    await expect(attendance.numberInput('attendance-record-late-minutes')).toHaveValue('25');
    await attendance.fillMonth({ workedDays: '23' });
    await page.getByTestId('attendance-record-submit').click();
    await expect(attendance.monthFieldError('attendance-record-worked')).toContainText('scheduledDays');
    await expect(attendance.monthForm).toBeVisible();
    await expect(attendance.numberInput('attendance-record-worked')).toHaveValue(/^23(\.0)?$/);
    expect(await storedMonths(request, origin, employee.id)).toEqual([recorded]);

    // Closed unsaved, the list still shows what is stored.
    await page.getByRole('dialog').getByRole('button', { name: /取\s*消/ }).click();
    await expect(attendance.monthForm).toBeHidden();
    await expect(row).toContainText('19.5 / 21.0');
  });
});

test.describe('Team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('reads their team’s months with no button to record or correct one', async ({ page }) => {
    const attendance = new AttendancePage(page);
    await page.goto('/attendance');
    await expect(attendance.monthTable.locator('tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('attendance-month-record')).toHaveCount(0);
    await expect(attendance.monthTable.getByTestId('attendance-month-edit')).toHaveCount(0);
  });
});
