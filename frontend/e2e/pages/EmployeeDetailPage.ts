import { expect, type Locator, type Page } from '@playwright/test';

export class EmployeeDetailPage {
  readonly name: Locator;
  readonly compensation: Locator;
  readonly history: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByTestId('employee-name');
    this.compensation = page.getByTestId('employee-compensation');
    this.history = page.getByTestId('employee-history');
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.page.getByTestId('employee-detail-page')).toBeVisible();
    await expect(this.name).not.toBeEmpty();
  }
}
