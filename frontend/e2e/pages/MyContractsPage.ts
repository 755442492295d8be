import { expect, type Locator, type Page } from '@playwright/test';

/** `/me/contracts`: the viewer's own contracts as cards, those awaiting their signature first. */
export class MyContractsPage {
  readonly cards: Locator;

  constructor(private readonly page: Page) {
    this.cards = page.getByTestId('my-contract');
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.page.getByTestId('my-contracts-page')).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
  }

  card(number: string): Locator {
    return this.page.locator(`[data-testid="my-contract"][data-number="${number}"]`);
  }
}
