import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Any salary label, in either language. */
const SALARY_WORDS = /salary|base pay|bank account|工资|薪|银行账号/i;

/** Everything on the page except the self-service "My payslips" menu entry: a recruiter is an
 * employee too, and their own payslips are theirs to read; nobody else's pay may show. */
async function pageText(page: Page): Promise<string> {
  return (await page.locator('body').innerText()).replace(/我的工资单|My payslips/g, '');
}

test.describe('as a recruiter', () => {
  test.use({ signedInAs: 'recruiter' });

  test('a recruiter sees no salary anywhere, in either language', async ({ page, layout, employeeList, employeeDetail }) => {
    await page.goto('/');

    for (const language of ['zh-CN', 'en'] as const) {
      await layout.switchLanguage(language);

      await employeeList.goto();
      const headers = await employeeList.columnHeaders();
      expect(headers.length).toBeGreaterThan(5);
      expect(headers.join(' ')).not.toMatch(SALARY_WORDS);
      expect(await pageText(page)).not.toMatch(SALARY_WORDS);

      await employeeList.open((await employeeList.names())[0]!);
      await employeeDetail.waitForLoaded();
      await expect(employeeDetail.history).toBeVisible();
      await expect(employeeDetail.compensation).toHaveCount(0);
      expect(await pageText(page)).not.toMatch(SALARY_WORDS);
    }

    // Their own record too.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'My profile' }).click();
    await employeeDetail.waitForLoaded();
    await expect(employeeDetail.compensation).toHaveCount(0);
    expect(await pageText(page)).not.toMatch(SALARY_WORDS);
  });
});

test.describe('as finance', () => {
  test.use({ signedInAs: 'finance' });

  test('finance does see the salary column and the pay card (the check above is not vacuous)', async ({ page, employeeList, employeeDetail }) => {
    await employeeList.goto();
    expect((await employeeList.columnHeaders()).join(' ')).toContain('基本工资');
    await employeeList.open((await employeeList.names())[0]!);
    await employeeDetail.waitForLoaded();
    await expect(employeeDetail.compensation).toContainText('¥');
    expect(await pageText(page)).toMatch(SALARY_WORDS);
  });
});
