import { expect, type Locator, type Page } from '@playwright/test';

/** `/attendance` (monthly summaries), `/attendance/leave` (HR's leave list) and `/me/leave` (one's own). */
export class AttendancePage {
  readonly monthTable: Locator;
  /** HR's form recording or correcting one employee's month. */
  readonly monthForm: Locator;
  readonly leaveTable: Locator;
  readonly leaveForm: Locator;
  readonly myLeave: Locator;

  constructor(private readonly page: Page) {
    this.monthTable = page.getByTestId('attendance-month-table');
    this.monthForm = page.getByTestId('attendance-record-form');
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

  /** A month's figures as the form takes them; the counts left out stay as they are. */
  async fillMonth(figures: MonthFigures): Promise<void> {
    const inputs: [keyof MonthFigures, string][] = [
      ['scheduledDays', 'attendance-record-scheduled'],
      ['workedDays', 'attendance-record-worked'],
      ['absentDays', 'attendance-record-absent'],
      ['overtimeHours', 'attendance-record-overtime'],
      ['lateCount', 'attendance-record-late-count'],
      ['lateMinutes', 'attendance-record-late-minutes'],
    ];
    for (const [name, testId] of inputs) {
      const value = figures[name];
      if (value !== undefined) await this.numberInput(testId).fill(value);
    }
  }

  numberInput(testId: string): Locator {
    return this.page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
  }

  /** "Record month" on /attendance: the employee found by name (told apart by number), the month typed as `YYYY-MM`. */
  async recordMonth(employee: { name: string; employeeNo: string }, month: string, figures: MonthFigures): Promise<void> {
    await this.page.getByTestId('attendance-month-record').click();
    await expect(this.monthForm).toBeVisible();
    const select = this.page.getByTestId('attendance-record-employee');
    await select.click();
    await select.locator('input').fill(employee.name);
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: employee.employeeNo }).first().click();
    await this.pickDate('attendance-record-month', month);
    await this.fillMonth(figures);
    await this.page.getByTestId('attendance-record-submit').click();
  }

  monthRowOf(employeeName: string): Locator {
    return this.monthTable.locator(`tr.ant-table-row[data-employee="${employeeName}"]`);
  }

  /** The error shown under one of the month form's inputs. */
  monthFieldError(inputTestId: string): Locator {
    return this.monthForm.locator('.ant-form-item').filter({ has: this.page.getByTestId(inputTestId) }).locator('.ant-form-item-explain-error');
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

/** Day and hour figures as typed into the month form (`"20.5"`). */
export interface MonthFigures {
  scheduledDays?: string;
  workedDays?: string;
  absentDays?: string;
  overtimeHours?: string;
  lateCount?: string;
  lateMinutes?: string;
}
