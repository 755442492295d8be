import { expect, type Locator, type Page } from '@playwright/test';

export interface PlatformAccountInput {
  /** the platform as the form's select shows it, e.g. 哔哩哔哩 */
  platform: string;
  handle: string;
  externalId: string;
  /** the partner client's name, typed into the select's search */
  partner?: string;
}

export type TrafficPeriod = '30d' | '90d' | '12m' | 'custom';
export type TrafficSummaryCard =
  | 'liveDays'
  | 'effectiveDays'
  | 'liveHours'
  | 'peakViewers'
  | 'newFollowers'
  | 'giftRevenue'
  | 'gmv'
  | 'giftRevenuePerViewerHour'
  | 'interactionsPerViewerHour';

/**
 * The traffic pages: `/traffic` (teams), `/traffic/teams/:id` (a team's charts and host
 * leaderboard) and `/traffic/hosts/:id` (a host's cards and charts). A chart's container carries
 * what it was given to draw: `data-points` (buckets), `data-with-data` (buckets with a non-zero
 * value), `data-bucket`, and `data-rendered="true"` once ECharts has drawn it. A host's page also
 * lists their platform accounts, with an "add" button for those who may register one.
 */
export class TrafficPage {
  readonly teamTable: Locator;
  readonly teamLinks: Locator;
  readonly teamName: Locator;
  readonly hostName: Locator;
  readonly audienceChart: Locator;
  readonly revenueChart: Locator;
  readonly chartsEmpty: Locator;
  readonly leaderboard: Locator;
  readonly leaderboardHosts: Locator;
  readonly accounts: Locator;
  readonly addAccountButton: Locator;
  readonly accountForm: Locator;

  constructor(private readonly page: Page) {
    this.teamTable = page.getByTestId('traffic-team-table');
    this.teamLinks = this.teamTable.getByTestId('traffic-team-link');
    this.teamName = page.getByTestId('team-traffic-name');
    this.hostName = page.getByTestId('host-traffic-name');
    this.audienceChart = page.getByTestId('traffic-chart-audience');
    this.revenueChart = page.getByTestId('traffic-chart-revenue');
    this.chartsEmpty = page.getByTestId('traffic-charts-empty');
    this.leaderboard = page.getByTestId('traffic-leaderboard');
    this.leaderboardHosts = this.leaderboard.getByTestId('leaderboard-host');
    this.accounts = page.getByTestId('platform-account-table');
    this.addAccountButton = page.getByTestId('platform-account-add');
    this.accountForm = page.getByTestId('platform-account-form');
  }

  /** A host's page with their platform accounts loaded. */
  async gotoHost(id: string): Promise<void> {
    await this.page.goto(`/traffic/hosts/${encodeURIComponent(id)}`);
    await expect(this.page.getByTestId('host-traffic-page')).toBeVisible();
    await expect(this.accounts).toBeVisible();
    await expect(this.accounts.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  accountRow(handle: string): Locator {
    return this.accounts.locator('tbody tr.ant-table-row').filter({ has: this.page.getByTestId('platform-account-handle').getByText(handle, { exact: true }) });
  }

  /** Opens the form, fills it in and submits it (what happens next is the caller's to check). */
  async submitAccount(input: PlatformAccountInput): Promise<void> {
    await this.addAccountButton.click();
    await expect(this.accountForm).toBeVisible();
    await this.chooseOption(this.page.getByTestId('platform-account-form-platform'), input.platform);
    await this.page.getByTestId('platform-account-form-handle').fill(input.handle);
    await this.page.getByTestId('platform-account-form-external-id').fill(input.externalId);
    if (input.partner) {
      const partner = this.page.getByTestId('platform-account-form-partner');
      await partner.click();
      await partner.locator('input').fill(input.partner);
      await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: input.partner }).click();
    }
    await this.page.getByTestId('platform-account-form-submit').click();
  }

  /** The errors shown under one of the form's inputs. */
  accountFieldError(testId: 'platform-account-form-handle' | 'platform-account-form-external-id' | 'platform-account-form-platform'): Locator {
    return this.accountForm.locator('.ant-form-item').filter({ has: this.page.getByTestId(testId) }).locator('.ant-form-item-explain-error');
  }

  private async chooseOption(select: Locator, label: string): Promise<void> {
    await select.click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).click();
    await expect(select).toContainText(label);
  }

  async gotoOverview(query = ''): Promise<void> {
    await this.page.goto(`/traffic${query}`);
    await this.waitForOverview();
  }

  async waitForOverview(): Promise<void> {
    await expect(this.page.getByTestId('traffic-overview-page')).toBeVisible();
    await expect(this.teamTable).toBeVisible();
    await expect(this.teamTable.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  /** Opens a team from the overview; returns its name as listed. */
  async openTeam(link: Locator): Promise<string> {
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(this.page.getByTestId('team-traffic-page')).toBeVisible();
    await expect(this.teamName).toHaveText(name);
    return name;
  }

  /** Both charts drawn by ECharts (the chart chunk loaded and the series arrived). */
  async waitForCharts(): Promise<void> {
    await expect(this.audienceChart).toHaveAttribute('data-rendered', 'true');
    await expect(this.revenueChart).toHaveAttribute('data-rendered', 'true');
  }

  async chartNumber(chart: Locator, attribute: 'points' | 'with-data'): Promise<number> {
    const value = await chart.getAttribute(`data-${attribute}`);
    expect(value, `${attribute} of the chart`).toMatch(/^\d+$/);
    return Number(value);
  }

  async waitForLeaderboard(): Promise<void> {
    await expect(this.leaderboard).toBeVisible();
    await expect(this.leaderboard.locator('.ant-spin-spinning')).toHaveCount(0);
  }

  async choosePeriod(period: TrafficPeriod): Promise<void> {
    await this.page.getByTestId(`traffic-period-${period}`).click();
  }

  /** Opens the n-th host of the leaderboard; returns their name. */
  async openLeaderboardHost(index = 0): Promise<string> {
    const link = this.leaderboardHosts.nth(index);
    const name = (await link.textContent()) ?? '';
    await link.click();
    await expect(this.page.getByTestId('host-traffic-page')).toBeVisible();
    await expect(this.hostName).toHaveText(name);
    return name;
  }

  summaryCard(card: TrafficSummaryCard): Locator {
    return this.page.getByTestId(`traffic-summary-${card}`);
  }
}
