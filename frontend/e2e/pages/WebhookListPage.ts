import { expect, type Locator, type Page } from '@playwright/test';

export class WebhookListPage {
  readonly table: Locator;
  readonly form: Locator;
  readonly deliveries: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('webhook-table');
    this.form = page.getByTestId('webhook-form');
    this.deliveries = page.getByTestId('delivery-table');
  }

  async goto(): Promise<void> {
    await this.page.goto('/webhooks');
    await expect(this.page.getByTestId('webhook-list-page')).toBeVisible();
    await expect(this.table).toBeVisible();
    await expect(this.table.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  row(url: string): Locator {
    return this.table.locator('tbody tr.ant-table-row').filter({ has: this.page.getByTestId('webhook-url-cell').getByText(url, { exact: true }) });
  }

  /** Fills in the form (the document keeps its prefilled example) and submits it. */
  async submitNew(url: string, events: string[]): Promise<void> {
    await this.page.getByTestId('webhook-create').click();
    await expect(this.form).toBeVisible();
    await expect(this.page.getByTestId('webhook-document')).toHaveValue(/subscription \{\s+event \{/);
    await this.page.getByTestId('webhook-url').fill(url);
    for (const name of ['employee.hired', 'employee.left', 'alert.created', 'contract.signed', 'contract.expiring', 'payroll.locked']) {
      const box = this.page.getByTestId(`webhook-event-${name}`);
      if ((await box.isChecked()) !== events.includes(name)) await box.click();
    }
    await this.page.getByTestId('webhook-form-submit').click();
  }

  async openDeliveries(url: string): Promise<void> {
    await this.row(url).getByTestId('webhook-deliveries-open').click();
    await expect(this.page.getByTestId('webhook-deliveries')).toBeVisible();
  }

  /** Reloads the delivery log until a row matches (deliveries are made in the background). */
  async waitForDelivery(text: RegExp | string): Promise<Locator> {
    const row = this.deliveries.locator('tbody tr.ant-table-row').filter({ hasText: text });
    await expect(async () => {
      await this.page.getByTestId('deliveries-reload').click();
      await expect(row.first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    return row.first();
  }
}
