import { expect, type Locator, type Page } from '@playwright/test';

export class AlertListPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('alert-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/alerts${query}`);
    await this.waitForLoaded();
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.page.getByTestId('alert-list-page')).toBeVisible();
    await expect(this.table).toBeVisible();
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  rowWithMessage(message: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('alert-message').getByText(message, { exact: true }) });
  }

  async acknowledge(message: string): Promise<void> {
    await this.rowWithMessage(message).getByTestId('alert-acknowledge').click();
    await expect(this.rowWithMessage(message).getByTestId('alert-acknowledge')).toHaveCount(0);
  }
}
