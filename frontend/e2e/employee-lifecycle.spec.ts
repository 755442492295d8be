import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/**
 * An employee's life in the console: HR hires someone (a bad ID number is named under its
 * input and nothing is saved until it is fixed), edits the record, transfers them to another
 * team and records their exit; each step lands in the employment history. A recruiter reads
 * the same records and is offered none of it.
 */

async function choose(page: Page, select: Locator, option?: string): Promise<string> {
  await select.click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option:not(.ant-select-item-option-selected)');
  const picked = option ? options.filter({ hasText: option }).first() : options.first();
  const label = (await picked.innerText()).trim();
  await picked.click();
  // Until its closing animation ends, this dropdown would also match the next select's options.
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
  return label;
}

test.describe('as an HR manager', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('hires, edits, transfers and records the exit of an employee', async ({ page }) => {
    const name = `测试新人${Date.now() % 100000}`;
    await page.goto('/employees');
    await page.getByTestId('employee-create').click();
    const form = page.getByTestId('employee-form');
    await form.getByTestId('employee-form-name').fill(name);
    await choose(page, form.getByTestId('placement-department'), '美妆');
    const team = await choose(page, form.getByTestId('placement-team'));
    await form.getByTestId('employee-form-phone').fill('13800138000');
    await form.getByTestId('employee-form-base-salary').fill('6500');
    await form.getByTestId('employee-form-id-number').fill('123');
    await page.getByTestId('employee-form-submit').click();

    // The server's verdict sits under the input it is about; nothing was hired.
    const idItem = form.locator('.ant-form-item').filter({ has: page.getByTestId('employee-form-id-number') });
    await expect(idItem.locator('.ant-form-item-explain-error')).not.toBeEmpty();
    await expect(page).toHaveURL(/\/employees$/);

    await form.getByTestId('employee-form-id-number').fill('');
    await page.getByTestId('employee-form-submit').click();
    await expect(page).toHaveURL(/\/employees\/[^/]+$/);
    await expect(page.getByTestId('employee-name')).toHaveText(name);
    const history = page.getByTestId('employee-history');
    await expect(history).toContainText('入职');
    await expect(page.getByTestId('employee-detail-page')).toContainText(team);
    await expect(page.getByTestId('employee-compensation')).toContainText('6,500.00');

    // Editing changes what was changed, and leaves placement to a transfer.
    await page.getByTestId('employee-edit').click();
    await page.getByTestId('employee-form-phone').fill('13900139000');
    await page.getByTestId('employee-form-submit').click();
    await expect(page.getByTestId('employee-identity')).toContainText('13900139000');

    // A transfer to another team of the department is in the history.
    await page.getByTestId('employee-transfer').click();
    const transfer = page.getByTestId('employee-transfer-form');
    const newTeam = await choose(page, transfer.getByTestId('placement-team'));
    expect(newTeam).not.toBe(team);
    await transfer.getByTestId('employee-transfer-note').fill('e2e: 团队调整');
    await page.getByTestId('employee-transfer-submit').click();
    await expect(history).toContainText('调岗');
    await expect(history).toContainText('e2e: 团队调整');
    await expect(page.getByTestId('employee-detail-page')).toContainText(newTeam);

    // The exit: the reason picks involuntary for a contract's end; the record becomes read-only.
    await page.getByTestId('employee-terminate').click();
    await choose(page, page.getByTestId('employee-terminate-reason'), '合同');
    await expect(page.getByTestId('employee-terminate-voluntary').locator('.ant-radio-wrapper-checked')).toHaveText('被动离职');
    await page.getByTestId('employee-terminate-submit').click();
    await expect(history).toContainText('离职');
    await expect(page.getByTestId('employee-detail-page').locator('.ant-tag').filter({ hasText: '已离职' }).first()).toBeVisible();
    await expect(page.getByTestId('employee-edit')).toHaveCount(0);
    await expect(page.getByTestId('employee-terminate')).toHaveCount(0);
  });
});

test.describe('as a recruiter', () => {
  test.use({ signedInAs: 'recruiter' });

  test('is offered no hiring, editing, transfer or exit', async ({ page, employeeList }) => {
    await employeeList.goto();
    await expect(page.getByTestId('employee-create')).toHaveCount(0);
    await employeeList.rows.first().getByTestId('employee-link').click();
    await expect(page.getByTestId('employee-detail-page')).toBeVisible();
    await expect(page.getByTestId('employee-name')).not.toBeEmpty();
    for (const action of ['employee-edit', 'employee-transfer', 'employee-terminate']) {
      await expect(page.getByTestId(action)).toHaveCount(0);
    }
  });
});
