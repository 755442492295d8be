import { expect, type Locator, type Page } from '@playwright/test';
import type { ContractSignerRole } from './ContractSignPage';

/** `/contracts/:id`: header, versions (clauses, diff, pay, signatures) and the actions. */
export class ContractDetailPage {
  readonly number: Locator;
  readonly status: Locator;
  readonly awaiting: Locator;
  readonly payTerms: Locator;
  readonly renewalResult: Locator;
  readonly flags: Locator;
  readonly versions: Locator;

  constructor(private readonly page: Page) {
    this.number = page.getByTestId('contract-number');
    this.status = page.getByTestId('contract-detail-status');
    this.awaiting = page.getByTestId('contract-detail-awaiting');
    this.payTerms = page.getByTestId('contract-pay-terms');
    this.renewalResult = page.getByTestId('contract-renewal-result');
    this.flags = page.getByTestId('contract-flag');
    this.versions = page.getByTestId('contract-versions');
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.waitForLoaded();
  }

  async waitForLoaded(number?: string): Promise<void> {
    await expect(this.page.getByTestId('contract-detail-page')).toBeVisible();
    if (number) await expect(this.number).toHaveText(number);
    else await expect(this.number).not.toBeEmpty();
  }

  /** The newest version, shown open at the top of the timeline. */
  latestVersion(): Locator {
    return this.versions.locator('[data-testid^="contract-version-"]').first();
  }

  signature(role: ContractSignerRole): Locator {
    return this.latestVersion().locator(`[data-testid="contract-signature"][data-role="${role}"]`);
  }

  clause(key: string): Locator {
    return this.latestVersion().locator(`[data-testid="contract-clauses"] li[data-key="${key}"]`);
  }

  /** Renews with the proposed term, adding library clauses and filling in values; waits for the successor's page. */
  async renew({ extraClauses = [], values = {} }: { extraClauses?: string[]; values?: Record<string, string> }): Promise<void> {
    const from = await this.number.innerText();
    await this.page.getByTestId('contract-renew').click();
    const form = this.page.getByTestId('contract-renew-form');
    await expect(form).toBeVisible();
    await expect(this.page.getByTestId('contract-starts-on')).not.toHaveValue('');
    for (const key of extraClauses) {
      await form.getByTestId('contract-renew-extra-clauses').click();
      await this.page.getByTestId(`extra-clause-option-${key}`).click();
      await this.page.keyboard.press('Escape');
    }
    for (const [name, value] of Object.entries(values)) await form.getByTestId(`contract-value-${name}`).fill(value);
    await this.page.getByTestId('contract-renew-submit').click();
    await expect(form).toBeHidden();
    await expect(this.number).not.toHaveText(from);
    await this.waitForLoaded();
  }

  async openSign(): Promise<void> {
    await this.page.getByTestId('contract-sign').click();
    await expect(this.page.getByTestId('contract-sign-page')).toBeVisible();
  }
}
