import { expect, type Locator, type Page } from '@playwright/test';

/** `/commission-plans` and a plan's editor: rules per kind, the preview panel and the assignments. */
export class CommissionPlanPage {
  readonly editor: Locator;
  readonly preview: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.getByTestId('plan-editor');
    this.preview = page.getByTestId('plan-preview');
  }

  async openPlan(name: string): Promise<void> {
    await expect(this.page.getByTestId('plan-list-page')).toBeVisible();
    await this.page.getByTestId('plan-link').filter({ hasText: name }).click();
    await expect(this.page.getByTestId('plan-editor-page')).toBeVisible();
    await expect(this.page.getByTestId('plan-name')).toHaveValue(name);
  }

  rule(kind: string): Locator {
    return this.editor.locator(`[data-testid="plan-rule"][data-kind="${kind}"]`);
  }

  /** Rung `n` (from 0) of the plan's ladder. */
  rung(n: number): Locator {
    return this.rule('ladder').locator(`[data-testid="plan-rung"][data-index="${n}"]`);
  }

  /** The form item around the input `testId` inside `scope` (a rule, a rung), where its error shows. */
  fieldOf(scope: Locator, testId: string): Locator {
    return scope.locator('.ant-form-item').filter({ has: this.page.getByTestId(testId) });
  }

  async choosePreviewHost(name: string): Promise<void> {
    const select = this.preview.getByTestId('plan-preview-host');
    await select.click();
    await select.locator('input').fill(name);
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).first().click();
  }

  async runPreview(): Promise<void> {
    await this.preview.getByTestId('plan-preview-run').click();
  }
}
