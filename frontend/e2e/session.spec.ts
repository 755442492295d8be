import { expect, test } from './fixtures';
import { DEMO_USERS } from './pages/LoginPage';

test('an expiring access token is refreshed through /oauth/token', async ({ page, loginPage }) => {
  await loginPage.signInAs('hr_manager');
  // Let the home page finish its own requests first, so the refresh below is the only one.
  await expect(page.getByTestId('home-page')).toBeVisible();
  await expect(page.locator('.ant-card-loading')).toHaveCount(0);
  const before = await page.evaluate(() => localStorage.getItem('hrgraph.accessToken'));
  // Pretend the token is about to expire.
  await page.evaluate(() => localStorage.setItem('hrgraph.accessTokenExpiresAt', String(Date.now() - 1000)));

  const refresh = page.waitForResponse((response) => new URL(response.url()).pathname === '/oauth/token');
  await page.goto('/employees');
  const response = await refresh;
  expect(response.status()).toBe(200);
  expect(response.request().postData()).toContain('grant_type=refresh_token');

  await expect(page.getByTestId('viewer-email')).toHaveText(DEMO_USERS.hr_manager);
  await expect(page.getByTestId('employee-table')).toBeVisible();
  const after = await page.evaluate(() => localStorage.getItem('hrgraph.accessToken'));
  expect(after).toBeTruthy();
  expect(after).not.toBe(before);
});

test('a refused refresh logs out to the login page', async ({ page, loginPage }) => {
  await loginPage.signInAs('hr_manager');
  await page.evaluate(() => {
    localStorage.setItem('hrgraph.refreshToken', 'revoked-or-made-up');
    localStorage.setItem('hrgraph.accessTokenExpiresAt', String(Date.now() - 1000));
  });
  await page.goto('/employees');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId('login-submit')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('hrgraph.accessToken'))).toBeNull();
});

test('logging out revokes the session and returns to the login page', async ({ page, loginPage, layout }) => {
  await loginPage.signInAs('finance');
  await layout.logout();
  expect(await page.evaluate(() => localStorage.getItem('hrgraph.refreshToken'))).toBeNull();
  await page.goto('/employees');
  await expect(page).toHaveURL(/\/login\?next=%2Femployees/);
});

test('wrong credentials show an error and keep the user on the login page', async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signIn(DEMO_USERS.recruiter, 'not-the-password');
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test('menu items follow permissions: only admin sees the audit trail', async ({ page, loginPage, layout }) => {
  await loginPage.signInAs('admin');
  await expect(layout.menu.getByRole('link', { name: '审计日志' })).toBeVisible();
  await layout.menu.getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByTestId('audit-page')).toBeVisible();
  await expect(page.locator('.ant-table-row').first()).toBeVisible();
  await layout.logout();

  await loginPage.signInAs('hr_manager');
  await expect(layout.menu.getByRole('link', { name: '员工' })).toBeVisible();
  await expect(layout.menu.getByRole('link', { name: '审计日志' })).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByText('无权访问')).toBeVisible();
});

test.describe('partner clients and webhooks', () => {
  test.describe('as a recruiter', () => {
    test.use({ signedInAs: 'recruiter' });

    test('neither menu item is there, and the pages refuse', async ({ page, layout }) => {
      await page.goto('/');
      await expect(layout.menu.getByRole('link', { name: '员工' })).toBeVisible();
      await expect(layout.menu.getByRole('link', { name: '合作方接入' })).toHaveCount(0);
      await expect(layout.menu.getByRole('link', { name: 'Webhook' })).toHaveCount(0);
      // No alerts.read either: no bell.
      await expect(layout.alertBell).toHaveCount(0);
      for (const path of ['/partners', '/webhooks']) {
        await page.goto(path);
        await expect(page.getByText('无权访问')).toBeVisible();
      }
    });
  });

  test.describe('as an admin', () => {
    test.use({ signedInAs: 'admin' });

    test('both menu items lead to their pages (the check above is not vacuous)', async ({ page, layout }) => {
      await page.goto('/');
      await layout.menu.getByRole('link', { name: '合作方接入' }).click();
      await expect(page.getByTestId('partner-list-page')).toBeVisible();
      await layout.menu.getByRole('link', { name: 'Webhook' }).click();
      await expect(page.getByTestId('webhook-list-page')).toBeVisible();
    });
  });
});
