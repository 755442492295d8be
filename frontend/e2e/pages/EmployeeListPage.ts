import { expect, type Locator, type Page } from '@playwright/test';

export class EmployeeListPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('employee-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/employees${query}`);
    await this.waitForRows();
  }

  async waitForRows(): Promise<void> {
    await expect(this.rows.first()).toBeVisible();
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  async names(): Promise<string[]> {
    return this.table.getByTestId('employee-link').allInnerTexts();
  }

  async columnHeaders(): Promise<string[]> {
    return this.table.locator('thead th').allInnerTexts();
  }

  async search(text: string): Promise<void> {
    const input = this.page.getByTestId('employee-search');
    await input.fill(text);
    await input.press('Enter');
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(text).replace(/%20/g, '(\\+|%20)')}`));
    await this.waitForRows();
  }

  rowNamed(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('employee-link').getByText(name, { exact: true }) });
  }

  async open(name: string): Promise<void> {
    await this.rowNamed(name).getByTestId('employee-link').click();
  }
}
