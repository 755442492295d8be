import { expect, type Locator, type Page } from '@playwright/test';

/** `/contracts`: the list (server-side pages), its filters and the "expiring in 30 days" view. */
export class ContractListPage {
  readonly table: Locator;
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('contract-table');
    this.rows = this.table.locator('tbody tr.ant-table-row');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/contracts${query}`);
    await this.waitForRows();
  }

  /** Waits for the rows of the view on screen (`data-ready` turns "true" once this view's page has arrived). */
  async waitForRows(view?: 'all' | 'expiring'): Promise<void> {
    await expect(this.page.getByTestId('contract-list-page')).toBeVisible();
    if (view) await expect(this.table).toHaveAttribute('data-view', view);
    await expect(this.table).toHaveAttribute('data-ready', 'true');
    await expect(this.rows.first()).toBeVisible();
  }

  async chooseView(view: 'all' | 'expiring'): Promise<void> {
    await this.page.getByTestId(`contract-view-${view}`).click();
    if (view === 'expiring') await expect(this.page).toHaveURL(/[?&]view=expiring(&|$)/);
    else await expect(this.page).not.toHaveURL(/[?&]view=/);
    await this.waitForRows(view);
  }

  rowOf(employeeName: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('contract-employee').getByText(employeeName, { exact: true }) });
  }

  /** The days left of every listed row that shows them. */
  async daysLeft(): Promise<number[]> {
    const values = await this.table.getByTestId('contract-days-left').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-days')));
    return values.map(Number);
  }
}
