import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Account admin: an admin opens Users and roles from the menu, creates a console user for a
 * colleague (who can then sign in), disables them (who then cannot), and edits a role's
 * permissions (put back afterwards: other specs sign in with the demo roles).
 */

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken errors { code } } }';

async function signsIn(request: APIRequestContext, baseURL: string, email: string, password: string): Promise<boolean> {
  const response = await request.post(`${new URL(baseURL).origin}/graphql`, { data: { query: LOGIN, variables: { email, password } } });
  const body = (await response.json()) as { data: { login: { accessToken: string | null } } };
  return Boolean(body.data.login.accessToken);
}

async function chooseRole(page: Page, label: string): Promise<void> {
  await page.getByTestId('user-form-roles').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  await page.keyboard.press('Escape');
}

test.describe('as an admin', () => {
  test.use({ signedInAs: 'admin' });

  test('creates a user who can sign in, then disables them', async ({ page, request, baseURL }) => {
    const email = `e2e-${Date.now()}@demo.hrgraph.local`;
    const password = 'e2e-password-123';
    await page.goto('/');
    await page.getByTestId('side-menu').getByRole('link', { name: '用户与角色' }).click();
    await expect(page.getByTestId('user-table')).toHaveAttribute('data-ready', 'true');

    await page.getByTestId('user-create').click();
    await page.getByTestId('user-form-email').fill(email);
    await page.getByTestId('user-form-password').fill('short');
    await chooseRole(page, '招聘');
    await page.getByTestId('user-form-submit').click();
    // The server's verdict on the password sits under it; nothing was created.
    const passwordItem = page.getByTestId('user-form').locator('.ant-form-item').filter({ has: page.getByTestId('user-form-password') });
    await expect(passwordItem.locator('.ant-form-item-explain-error')).toContainText('10');
    await page.getByTestId('user-form-password').fill(password);
    await page.getByTestId('user-form-submit').click();
    await expect(page.getByTestId('user-form')).toHaveCount(0);
    expect(await signsIn(request, baseURL!, email, password)).toBe(true);

    await page.getByTestId('user-search').fill(email);
    await page.getByTestId('user-search').press('Enter');
    const row = page.getByTestId('user-table').locator('tbody tr.ant-table-row').filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('user-status')).toHaveAttribute('data-active', 'true');
    await row.getByTestId('user-edit').click();
    await page.getByTestId('user-form-active').click();
    await page.getByTestId('user-form-submit').click();
    await expect(row.getByTestId('user-status')).toHaveAttribute('data-active', 'false');
    expect(await signsIn(request, baseURL!, email, password)).toBe(false);
  });

  test("edits a role's permissions and puts them back", async ({ page }) => {
    await page.goto('/users');
    await page.getByTestId('account-admin-tabs').getByRole('tab', { name: '角色' }).click();
    const recruiter = page.getByTestId('role-table').locator('tbody tr').filter({ has: page.locator('[data-role="recruiter"]') });
    const count = recruiter.getByTestId('role-permission-count');
    const before = Number(await count.innerText());

    await recruiter.getByTestId('role-edit').click();
    await expect(page.getByTestId('permission-employees.read')).toBeChecked();
    await expect(page.getByTestId('permission-compensation.read')).not.toBeChecked();
    await page.getByTestId('permission-training.read').click();
    await page.getByTestId('role-form-submit').click();
    await expect(count).toHaveText(String(before + 1));

    await recruiter.getByTestId('role-edit').click();
    await page.getByTestId('permission-training.read').click();
    await page.getByTestId('role-form-submit').click();
    await expect(count).toHaveText(String(before));
  });
});
