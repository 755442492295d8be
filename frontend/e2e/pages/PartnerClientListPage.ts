import { expect, type Locator, type Page } from '@playwright/test';

export interface PartnerClientInput {
  clientId: string;
  name: string;
  scopes: string[];
  /** how many teams to link (the first ones offered) */
  teams?: number;
  rateLimitPerMinute?: number;
}

export class PartnerClientListPage {
  readonly table: Locator;
  readonly form: Locator;
  readonly secretModal: Locator;

  constructor(private readonly page: Page) {
    this.table = page.getByTestId('partner-table');
    this.form = page.getByTestId('partner-form');
    this.secretModal = page.locator('.ant-modal').filter({ has: page.getByTestId('secret-value') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/partners');
    await expect(this.page.getByTestId('partner-list-page')).toBeVisible();
    await expect(this.table.locator('tbody tr.ant-table-row').first()).toBeVisible();
  }

  row(clientId: string): Locator {
    return this.table.locator('tbody tr.ant-table-row').filter({ has: this.page.getByTestId('partner-client-id-cell').getByText(clientId, { exact: true }) });
  }

  /** Opens the form, fills it in and submits it (what happens next is the caller's to check). */
  async submitNew(input: PartnerClientInput): Promise<void> {
    await this.page.getByTestId('partner-create').click();
    await expect(this.form).toBeVisible();
    await this.page.getByTestId('partner-client-id').fill(input.clientId);
    await this.page.getByTestId('partner-name').fill(input.name);
    for (const scope of ['employees:read', 'alerts:read', 'webhooks:manage', 'traffic:read', 'traffic:write']) {
      const box = this.page.getByTestId(`partner-scope-${scope}`);
      if ((await box.isChecked()) !== input.scopes.includes(scope)) await box.click();
    }
    if (input.rateLimitPerMinute) await this.page.getByTestId('partner-rate-limit').locator('input').fill(String(input.rateLimitPerMinute));
    for (let i = 0; i < (input.teams ?? 0); i += 1) {
      await this.page.getByTestId('partner-teams').click();
      await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-selected)').first().click();
    }
    // Close the team picker's dropdown (Escape would close the whole dialog).
    await this.page.getByTestId('partner-name').click();
    await this.page.getByTestId('partner-form-submit').click();
  }

  /** The secret in the show-once modal. */
  async shownSecret(): Promise<string> {
    await expect(this.secretModal).toBeVisible();
    const secret = (await this.secretModal.getByTestId('secret-value').innerText()).trim();
    expect(secret.length).toBeGreaterThan(20);
    return secret;
  }

  async closeSecret(): Promise<void> {
    await this.page.getByTestId('secret-done').click();
    await expect(this.secretModal).toBeHidden();
  }

  async rotateSecret(clientId: string): Promise<string> {
    await this.row(clientId).getByTestId('partner-rotate').click();
    await this.confirm();
    return this.shownSecret();
  }

  async revoke(clientId: string): Promise<void> {
    await this.row(clientId).getByTestId('partner-revoke').click();
    await this.confirm();
    await expect(this.row(clientId)).toContainText('已吊销');
  }

  /**
   * The OK button of the open confirmation popover, until the popover closes: a click that lands
   * while the popover is still zooming in can miss it (seen once in CI), so it is clicked again
   * only while the popover is still open.
   */
  private async confirm(): Promise<void> {
    const popover = this.page.locator('.ant-popover:not(.ant-popover-hidden)').filter({ has: this.page.locator('.ant-popconfirm-buttons') });
    await expect(popover).toHaveCount(1);
    await expect(async () => {
      if ((await popover.count()) > 0) await popover.locator('.ant-popconfirm-buttons .ant-btn-primary').click({ timeout: 2000 });
      await expect(popover).toHaveCount(0, { timeout: 2000 });
    }).toPass({ timeout: 15000 });
  }
}
