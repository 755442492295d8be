import { expect, type Locator, type Page } from '@playwright/test';

/** `/me/payslips`: an employee's payslips of locked months, each opening to its explained lines. */
export class MyPayslipsPage {
  readonly months: Locator;

  constructor(private readonly page: Page) {
    this.months = page.getByTestId('my-payslip');
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.page.getByTestId('my-payslips-page')).toBeVisible();
    await expect(this.months.first()).toBeVisible();
  }

  /** The open panel's lines (the newest month is open to begin with). */
  openLines(): Locator {
    return this.page.locator('.ant-collapse-item-active').getByTestId('payslip-line');
  }
}
