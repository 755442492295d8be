import { expect, type Locator, type Page } from '@playwright/test';

export type DashboardCardKey = 'workforce' | 'expiringContracts' | 'alerts' | 'trafficMovers' | 'myContracts' | 'myTraffic';

/** `/`: the home dashboard, its cards chosen by the viewer's permissions; each card's `data-state` is loading, error, empty or ready. */
export class HomeDashboardPage {
  readonly dashboard: Locator;
  readonly cards: Locator;

  constructor(private readonly page: Page) {
    this.dashboard = page.getByTestId('home-dashboard');
    this.cards = page.locator('[data-testid^="home-card-"][data-state]');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('home-page')).toBeVisible();
  }

  card(key: DashboardCardKey): Locator {
    return this.page.locator(`[data-testid="home-card-${key}"][data-state]`);
  }

  /** Every card has its answer (none is a skeleton) and a workforce chart, if any, is drawn. */
  async waitForLoaded(): Promise<void> {
    await expect(this.dashboard).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
    await expect(this.page.locator('[data-testid^="home-card-"][data-state="loading"]')).toHaveCount(0);
    await expect(this.page.locator('[data-testid^="home-card-"][data-state="error"]')).toHaveCount(0);
    const workforce = this.card('workforce');
    if ((await workforce.count()) > 0 && (await workforce.getAttribute('data-state')) === 'ready') {
      await expect(this.page.getByTestId('home-workforce-chart')).toHaveAttribute('data-rendered', 'true');
    }
  }

  async cardKeys(): Promise<string[]> {
    return ((await this.dashboard.getAttribute('data-cards')) ?? '').split(' ').filter(Boolean);
  }

  async expectReady(key: DashboardCardKey): Promise<Locator> {
    const card = this.card(key);
    await expect(card).toHaveAttribute('data-state', 'ready');
    return card;
  }

  alertWithMessage(message: string): Locator {
    return this.card('alerts').getByTestId('home-alert').filter({ hasText: message });
  }

  async openAlertCount(): Promise<number> {
    const tag = this.page.getByTestId('home-alerts-open');
    await expect(tag).toHaveAttribute('data-count', /^\d+$/);
    return Number(await tag.getAttribute('data-count'));
  }
}
