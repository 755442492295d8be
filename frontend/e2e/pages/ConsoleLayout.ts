import { expect, type Locator, type Page } from '@playwright/test';

export class ConsoleLayout {
  readonly menu: Locator;

  constructor(private readonly page: Page) {
    this.menu = page.getByTestId('side-menu');
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
