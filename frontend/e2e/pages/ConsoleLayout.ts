import { expect, type Locator, type Page } from '@playwright/test';

export class ConsoleLayout {
  readonly menu: Locator;
  /** The header bell; its `data-count` is the number of unacknowledged alerts (empty until known). */
  readonly alertBell: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.getByTestId('side-menu');
    this.alertBell = page.getByTestId('alert-bell');
  }

  async alertCount(): Promise<number> {
    await expect(this.alertBell).toHaveAttribute('data-count', /^\d+$/);
    return Number(await this.alertBell.getAttribute('data-count'));
  }

  /** The side menu's entries, as the paths they open, in order. */
  async menuPaths(): Promise<string[]> {
    await expect(this.menu.locator('a').first()).toBeVisible();
    return this.menu.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  async switchLanguage(language: 'zh-CN' | 'en'): Promise<void> {
    await this.page.getByTestId('language-switch').click();
    await this.page.getByTestId(`language-${language}`).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async logout(): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page.getByTestId('logout').click();
    await expect(this.page.getByTestId('login-submit')).toBeVisible();
  }
}
