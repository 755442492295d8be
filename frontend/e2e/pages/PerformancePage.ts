import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The performance pages: `/performance` (cycles), `/performance/cycles/:id`, `/performance/templates`
 * (the KPI template editor), `/performance/team` (a rater's open reviews) and `/me/reviews`
 * (one's own KPI scores).
 */
export class PerformancePage {
  readonly reviewTable: Locator;
  readonly templateForm: Locator;
  readonly weightsTotal: Locator;
  readonly myReviews: Locator;

  constructor(private readonly page: Page) {
    this.reviewTable = page.getByTestId('review-table');
    this.templateForm = page.getByTestId('kpi-template-form');
    this.weightsTotal = page.getByTestId('kpi-weights-total');
    this.myReviews = page.getByTestId('my-review');
  }

  /** Through the side menu, as a person would. */
  async openFromMenu(): Promise<void> {
    await this.page.getByTestId('side-menu').getByRole('link', { name: /绩效考核|Performance/ }).click();
  }

  async expectCycleList(): Promise<void> {
    await expect(this.page.getByTestId('review-cycle-list-page')).toBeVisible();
    await expect(this.page.getByTestId('review-cycle-link').first()).toBeVisible();
  }

  // --- KPI templates

  async openTemplates(): Promise<void> {
    await this.page.getByTestId('kpi-templates-link').click();
    await expect(this.page.getByTestId('kpi-template-page')).toBeVisible();
    await expect(this.page.getByTestId('kpi-template-edit').first()).toBeVisible();
  }

  async editTemplateOf(positionTitle: string): Promise<void> {
    await this.page.locator(`[data-testid="kpi-template-table"] tr[data-position="${positionTitle}"]`).getByTestId('kpi-template-edit').click();
    await expect(this.templateForm).toBeVisible();
  }

  indicator(index: number): Locator {
    return this.page.locator(`[data-testid="kpi-indicator"][data-index="${index}"]`);
  }

  async setWeight(index: number, weight: string): Promise<void> {
    const input = this.indicator(index).locator('input[data-testid="kpi-indicator-weight"], [data-testid="kpi-indicator-weight"] input').first();
    await input.fill(weight);
    await input.blur();
  }

  async setTarget(index: number, target: string): Promise<void> {
    const input = this.indicator(index).locator('input[data-testid="kpi-indicator-target"], [data-testid="kpi-indicator-target"] input').first();
    await input.fill(target);
    await input.blur();
  }

  async chooseSource(index: number, label: RegExp): Promise<void> {
    await this.indicator(index).getByTestId('kpi-indicator-source').click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).click();
  }

  /** The error under one indicator's input (`source`, `weight`, `target`, ...). */
  fieldError(index: number, testId: string): Locator {
    return this.indicator(index).locator('.ant-form-item').filter({ has: this.page.getByTestId(testId) }).locator('.ant-form-item-explain-error');
  }

  async saveTemplate(): Promise<void> {
    await this.page.getByTestId('kpi-template-save').click();
  }

  // --- cycles

  async openCycle(name: string): Promise<void> {
    await this.page.getByTestId('review-cycle-link').filter({ hasText: name }).click();
    await expect(this.page.getByTestId('review-cycle-page')).toBeVisible();
    await this.waitForReviews();
  }

  async advanceCycle(): Promise<void> {
    await this.page.getByTestId('review-cycle-advance').click();
    await this.page.locator('.ant-popconfirm:visible').getByRole('button', { name: /确\s*定|Confirm/ }).click();
  }

  // --- reviews tables

  async waitForReviews(): Promise<void> {
    await expect(this.reviewTable).toHaveAttribute('data-ready', 'true');
  }

  reviewRow(reviewId: string): Locator {
    return this.reviewTable.locator(`tr[data-review-id="${reviewId}"]`);
  }

  /** Picks stars in the open rating dialog: 3.5 is the left half of the fourth star. */
  async rate(value: number, comment?: string): Promise<void> {
    const star = this.page.getByTestId('review-rate-stars').locator('.ant-rate-star').nth(Math.ceil(value) - 1);
    await star.locator(Number.isInteger(value) ? '.ant-rate-star-second' : '.ant-rate-star-first').click();
    if (comment !== undefined) await this.page.getByTestId('review-rate-comment').fill(comment);
    await this.page.getByTestId('review-rate-submit').click();
  }

  // --- my KPI scores

  async waitForMyReviews(): Promise<void> {
    await expect(this.page.getByTestId('my-reviews-page')).toBeVisible();
    await expect(this.myReviews.first()).toBeVisible();
  }

  myReview(reviewId: string): Locator {
    return this.page.locator(`[data-testid="my-review"][data-review-id="${reviewId}"]`);
  }
}
