import { expect, type Locator, type Page } from '@playwright/test';

/**
 * `/analytics/risk`: the attrition risk list and, for a company-wide viewer, the model card and
 * the cohort insights below it.
 */
export class AnalyticsPage {
  readonly riskTable: Locator;
  readonly rows: Locator;
  readonly insightsSection: Locator;
  readonly modelCard: Locator;
  readonly calibrationChart: Locator;
  readonly insights: Locator;

  constructor(private readonly page: Page) {
    this.riskTable = page.getByTestId('risk-table');
    this.rows = page.locator('[data-testid="risk-table"] tbody tr.ant-table-row');
    this.insightsSection = page.getByTestId('analytics-insights-section');
    this.modelCard = page.getByTestId('risk-model-card');
    this.calibrationChart = page.getByTestId('risk-calibration-chart');
    this.insights = page.getByTestId('attrition-insights');
  }

  /** Through the side menu, as a person would. */
  async openFromMenu(): Promise<void> {
    await this.page.getByTestId('side-menu').getByRole('link', { name: /人员分析|People analytics/ }).click();
    await expect(this.page.getByTestId('attrition-risk-page')).toBeVisible();
    await this.waitForRows();
  }

  async waitForRows(): Promise<void> {
    await expect(this.riskTable).toHaveAttribute('data-ready', 'true');
    await expect(this.rows.first()).toBeVisible();
  }

  /** The team column of every row on the page. */
  async teamNames(): Promise<string[]> {
    return (await this.rows.locator('td:nth-child(2)').allInnerTexts()).map((text) => text.trim());
  }

  /** The score of every row on the page (probabilities, as the API gave them). */
  async scores(): Promise<number[]> {
    const values = await this.rows.getByTestId('risk-score').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-score')));
    return values.map(Number);
  }

  async filterMinScore(label: RegExp): Promise<void> {
    await this.page.getByTestId('risk-filter-min').click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).click();
  }
}
