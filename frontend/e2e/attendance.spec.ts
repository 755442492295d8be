import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AttendancePage } from './pages/AttendancePage';

/**
 * Attendance and leave: an employee on a 390 px phone finds "request leave" on the home page,
 * asks for two days and sees the request pending; HR finds it among the pending requests and
 * approves it, and the employee then sees it approved. HR reads last month's summaries.
 */

// The employee's request is what HR approves: in order, in one worker.
test.describe.configure({ mode: 'serial' });

const REASON = `E2E 家事 ${Date.now().toString(36)}`;

/** A Monday about three months ahead (and the Tuesday after), clear of the seed's leave. */
function leaveDays(): [string, string] {
  const day = new Date(Date.now() + 90 * 86_400_000);
  while (day.getUTCDay() !== 1) day.setUTCDate(day.getUTCDate() + 1);
  const monday = day.toISOString().slice(0, 10);
  day.setUTCDate(day.getUTCDate() + 1);
  return [monday, day.toISOString().slice(0, 10)];
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width on a 390 px screen').toBeLessThanOrEqual(clientWidth);
}

test.describe('Employee on a phone', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('requests leave from the home page and sees it pending', async ({ page }) => {
    const attendance = new AttendancePage(page);
    await page.goto('/');
    const card = page.getByTestId('home-card-myLeave');
    await expect(card).toBeVisible();
    await expect(page.getByTestId('home-card-myTraining')).toBeVisible();
    await card.getByTestId('home-leave-request').first().click();
    await expect(page.getByTestId('my-leave-page')).toBeVisible();
    await expectNoSidewaysScroll(page);

    const [start, end] = leaveDays();
    await attendance.requestLeave(start, end, REASON);
    const mine = attendance.myLeaveWith(REASON);
    await expect(mine).toHaveAttribute('data-status', 'PENDING');
    await expect(mine.getByTestId('leave-status')).toHaveText(/待审批/);
    // Two working days counted by the server when none were given.
    await expect(mine).toContainText(/2(\.0)? 天/);
    await expectNoSidewaysScroll(page);

    // Their own training is one tap away too.
    await page.goto('/me/training');
    await expect(page.getByTestId('my-training-page')).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('approves the pending request', async ({ page }) => {
    const attendance = new AttendancePage(page);
    await page.goto('/attendance/leave?status=PENDING');
    await expect(page.getByTestId('leave-record-list-page')).toBeVisible();
    const row = attendance.leaveRowWith(REASON);
    await expect(row).toHaveAttribute('data-status', 'PENDING');
    await row.getByTestId('leave-approve').click();
    // Approved leaves the pending filter; all statuses show it approved.
    await expect(row).toHaveCount(0);
    await page.goto('/attendance/leave');
    await expect(attendance.leaveRowWith(REASON)).toHaveAttribute('data-status', 'APPROVED');
    await expect(attendance.leaveRowWith(REASON).getByTestId('leave-approve')).toHaveCount(0);
  });

  test('reads last month’s attendance summaries', async ({ page }) => {
    const attendance = new AttendancePage(page);
    await page.goto('/attendance');
    await expect(page.getByTestId('attendance-month-list-page')).toBeVisible();
    await expect(attendance.monthTable.locator('tr.ant-table-row').first()).toBeVisible();
    await expect(attendance.monthTable.getByTestId('attendance-late').first()).toBeVisible();
  });
});

test.describe('Employee again', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('sees the request approved', async ({ page }) => {
    const attendance = new AttendancePage(page);
    await page.goto('/me/leave');
    await expect(attendance.myLeaveWith(REASON)).toHaveAttribute('data-status', 'APPROVED');
  });
});
