import { expect, type Locator, type Page } from '@playwright/test';

/** `/attendance` (monthly summaries), `/attendance/leave` (HR's leave list) and `/me/leave` (one's own). */
export class AttendancePage {
  readonly monthTable: Locator;
  readonly leaveTable: Locator;
  readonly leaveForm: Locator;
  readonly myLeave: Locator;

  constructor(private readonly page: Page) {
    this.monthTable = page.getByTestId('attendance-month-table');
    this.leaveTable = page.getByTestId('leave-table');
    this.leaveForm = page.getByTestId('leave-form');
    this.myLeave = page.getByTestId('my-leave');
  }

  async pickDate(testId: string, value: string): Promise<void> {
    const input = this.page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await expect(input).toHaveValue(value);
  }

  /** An employee asks for leave from /me/leave: the form's kind stays annual. */
  async requestLeave(start: string, end: string, reason: string): Promise<void> {
    await this.page.getByTestId('leave-request').click();
    await expect(this.leaveForm).toBeVisible();
    await this.pickDate('leave-start', start);
    await this.pickDate('leave-end', end);
    await this.page.getByTestId('leave-reason').fill(reason);
    await this.page.getByTestId('leave-submit').click();
    await expect(this.leaveForm).toBeHidden();
  }

  myLeaveWith(reason: string): Locator {
    return this.page.locator(`[data-testid="my-leave"][data-reason="${reason}"]`);
  }

  leaveRowWith(reason: string): Locator {
    return this.leaveTable.locator(`tr.ant-table-row[data-reason="${reason}"]`);
  }
}
