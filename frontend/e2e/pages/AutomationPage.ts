import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The automation rule pages: `/automation` (the rules, "New rule" and its form) and
 * `/automation/rules/:id` (a rule, its Delete and the confirmation).
 */
export class AutomationPage {
  readonly ruleTable: Locator;
  readonly form: Locator;
  readonly detail: Locator;
  readonly deleteDialog: Locator;

  constructor(private readonly page: Page) {
    this.ruleTable = page.getByTestId('automation-rule-table');
    this.form = page.getByTestId('automation-form');
    this.detail = page.getByTestId('automation-rule-detail-page');
    this.deleteDialog = page.getByTestId('automation-delete-dialog');
  }

  async gotoList(): Promise<void> {
    await this.page.goto('/automation');
    await expect(this.ruleTable).toHaveAttribute('data-ready', 'true');
  }

  async openNewRule(): Promise<void> {
    await this.page.getByTestId('automation-rule-new').click();
    await expect(this.form).toBeVisible();
  }

  /** The <input> of a field, whether antd put the test id on it or on its wrapper (InputNumber). */
  input(testId: string, within: Locator = this.form): Locator {
    return within.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input, textarea[data-testid="${testId}"]`).first();
  }

  /** Picks the option of an antd select that shows `label`. */
  async choose(select: Locator, label: string | RegExp): Promise<void> {
    await select.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  }

  /** The n-th action card of the form (0 = the first). */
  action(index: number): Locator {
    return this.form.getByTestId('automation-form-action').nth(index);
  }

  /** The error antd shows under a form field (the server's words for that field). */
  fieldError(inputTestId: string, within: Locator = this.form): Locator {
    return within.locator('.ant-form-item').filter({ has: this.page.getByTestId(inputTestId) }).locator('.ant-form-item-explain-error');
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('automation-form-submit').click();
  }
}
