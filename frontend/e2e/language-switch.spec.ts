import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ConsoleLayout } from './pages/ConsoleLayout';
import { chromeStrings, CJK, looksEnglish, RAW_KEY } from './pages/ChromeText';

/**
 * A language switch changes every string of the console's own (menu, headers, buttons, column
 * titles, labels, placeholders, empty states) on every main page: no Chinese is left on an English
 * page, no English copy or raw translation key on a Chinese one. Data (names, teams) is left alone.
 * Pages alternate the direction: one opens in Chinese and switches to English, the next (English,
 * remembered) switches back.
 */

type Language = 'zh-CN' | 'en';

/** Data the demo names in both languages at once (a review cycle: `2026-10 月度考核 Monthly review`). */
const BILINGUAL_DATA = /\d{4}(-\d{2}| Q[1-4]) (月度|季度)考核 (Monthly|Quarterly) review/g;

async function waitForPage(page: Page): Promise<void> {
  await expect(page.locator('.ant-layout-content [data-testid$="-page"]').first()).toBeVisible();
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton, [data-state="loading"]')).toHaveCount(0);
}

async function untranslated(page: Page, language: Language, record: boolean): Promise<string[]> {
  const strings = await chromeStrings(page, { record });
  expect(strings.length, 'the page has words of its own to check').toBeGreaterThan(10);
  return strings
    .map(({ selector, text }) => ({ selector, text: text.replace(BILINGUAL_DATA, '').trim() }))
    .filter(({ text }) => RAW_KEY.test(text) || (language === 'en' ? CJK.test(text) : looksEnglish(text)))
    .map(({ selector, text }) => `${selector}: ${text}`);
}

async function checkBothWays(page: Page, layout: ConsoleLayout, path: string, from: Language, record = false): Promise<Language> {
  const to: Language = from === 'en' ? 'zh-CN' : 'en';
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', from);
  await waitForPage(page);
  expect(await untranslated(page, from, record), `${path} in ${from}`).toEqual([]);
  const menuBefore = await layout.menu.innerText();

  await layout.switchLanguage(to);
  await waitForPage(page);
  // The menu changed in place (no reload), and nothing of the page stayed in the old language.
  await expect(layout.menu).not.toHaveText(menuBefore);
  await expect.poll(() => untranslated(page, to, record), { message: `${path} in ${to}` }).toEqual([]);
  return to;
}

/** A page's first link matching `selector` (a record from a list), as a path. */
async function firstLink(page: Page, listPath: string, selector: string): Promise<string> {
  await page.goto(listPath);
  const link = page.locator(selector).first();
  await expect(link).toBeVisible();
  return new URL((await link.evaluate((a) => (a as HTMLAnchorElement).href)) as string).pathname;
}

test.describe('as an administrator', () => {
  test.use({ signedInAs: 'admin' });

  test('the lists and their forms', async ({ page, layout }) => {
    test.setTimeout(180_000);
    let language: Language = 'zh-CN';
    for (const path of ['/', '/employees', '/org', '/traffic', '/contracts', '/contracts/templates', '/performance', '/performance/templates', '/payroll', '/commission-plans', '/alerts', '/audit', '/partners', '/webhooks', '/analytics/risk']) {
      language = await checkBothWays(page, layout, path, language);
    }
  });

  test('the record pages', async ({ page, layout }) => {
    test.setTimeout(180_000);
    const records = [
      await firstLink(page, '/employees', '[data-testid="employee-link"]'),
      await firstLink(page, '/contracts', '[data-testid="contract-link"]'),
      await firstLink(page, '/traffic', '[data-testid="traffic-team-link"]'),
      await firstLink(page, '/payroll', '[data-testid="payroll-run-link"]'),
      await firstLink(page, '/performance', '[data-testid="review-cycle-link"]'),
      await firstLink(page, '/commission-plans', '[data-testid="plan-link"]'),
    ];
    let language: Language = 'zh-CN';
    for (const path of records) language = await checkBothWays(page, layout, path, language, true);
  });

  test("a form's labels, placeholders and buttons, in a modal", async ({ page, layout }) => {
    const modal = page.locator('.ant-modal-content');
    const formStrings = async (language: Language) =>
      (await chromeStrings(page))
        .filter(({ selector }) => selector.includes('form-item') || selector === 'placeholder' || selector === 'button')
        .filter(({ text }) => RAW_KEY.test(text) || (language === 'en' ? CJK.test(text) : looksEnglish(text)));
    for (const language of ['en', 'zh-CN'] as const) {
      await page.goto('/contracts');
      await waitForPage(page);
      if ((await page.locator('html').getAttribute('lang')) !== language) await layout.switchLanguage(language);
      await page.getByTestId('contract-create').click();
      await expect(modal).toBeVisible();
      await expect(modal.locator('.ant-form-item-label label').first()).toBeVisible();
      expect(await modal.locator('.ant-form-item-label label').count()).toBeGreaterThan(2);
      expect(await formStrings(language), `the contract form in ${language}`).toEqual([]);
    }
  });
});

test.describe('as an employee', () => {
  test.use({ signedInAs: 'employee' });

  test('the self-service pages', async ({ page, layout }) => {
    test.setTimeout(120_000);
    let language: Language = 'zh-CN';
    for (const path of ['/', '/me/contracts', '/me/payslips', '/me/reviews']) {
      language = await checkBothWays(page, layout, path, language);
    }
    // Their traffic is their own host page: a record.
    await checkBothWays(page, layout, '/traffic', language, true);
  });
});
