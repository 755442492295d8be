import { expect, test } from './fixtures';
import { Keyboard } from './pages/Keyboard';
import { DEMO_PASSWORD, DEMO_USERS } from './pages/LoginPage';

/**
 * The console works from the keyboard alone: log in with Tab and Enter; on the home page and the
 * employee list Tab reaches the navigation, the search box, the rows' links and the pager, with
 * focus always visible; a modal form keeps focus inside and closes with Escape.
 */

test('logs in with the keyboard only, and reaches the navigation and the dashboard', async ({ page, home }) => {
  const keys = new Keyboard(page);
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toBeVisible();

  await keys.tabTo((f) => f.testId === 'login-email', 'the email field');
  await page.keyboard.type(DEMO_USERS.hr_manager);
  await keys.tabTo((f) => f.testId === 'login-password', 'the password field');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('viewer-email')).toHaveText(DEMO_USERS.hr_manager);
  await home.waitForLoaded();

  // From the top of the home page: the menu's links, then a dashboard card's link to its full page.
  await keys.fromTop();
  const menuLink = await keys.tabTo((f) => f.inMenu && f.tag === 'a', 'a menu link');
  expect(menuLink.href).toBe('/');
  await keys.tabTo((f) => f.inMenu && f.href === '/employees', 'the employee menu entry');
  await keys.tabTo((f) => f.testId?.startsWith('home-card-') === true && f.testId.endsWith('-link'), "a card's link");
});

test.describe('signed in', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('on the employee list, Tab reaches the menu, the search box, a row link and the pager; Enter acts', async ({ page, employeeList }) => {
    const keys = new Keyboard(page);
    await employeeList.goto();
    await keys.fromTop();

    await keys.tabTo((f) => f.inMenu && f.href === '/employees', 'the employee menu entry');
    await keys.tabTo((f) => f.testId === 'employee-search', 'the search box');
    const name = (await employeeList.names())[2]!;
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]q=/);
    await employeeList.waitForRows();
    await expect(employeeList.rowNamed(name)).toBeVisible();

    // Back to the whole list: a row's link, then the pager, which pages with Enter.
    await employeeList.goto();
    await page.getByTestId('employee-search').focus();
    const row = await keys.tabTo((f) => f.inTableBody && f.testId === 'employee-link', "a row's link");
    expect(row.href).toMatch(/^\/employees\//);
    await keys.tabTo((f) => f.inPager && f.title === '2', "the pager's page 2", 200);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]page=2/);
  });

  test('a modal form traps focus and closes with Escape, giving focus back', async ({ page }) => {
    const keys = new Keyboard(page);
    await page.goto('/contracts');
    await expect(page.getByTestId('contract-table')).toHaveAttribute('data-ready', 'true');
    await keys.fromTop();
    await keys.tabTo((f) => f.testId === 'contract-create', 'the new-contract button');
    await page.keyboard.press('Enter');
    const modal = page.locator('.ant-modal-content');
    await expect(modal).toBeVisible();
    // The dialog takes focus once it has opened.
    await expect.poll(async () => (await keys.focused())?.inModal).toBe(true);

    // Thirty presses of Tab (more than the form has fields) never leave the dialog, and reach its fields.
    let fields = 0;
    for (let press = 0; press < 30; press += 1) {
      await page.keyboard.press(press % 7 === 6 ? 'Shift+Tab' : 'Tab');
      const focused = await keys.focused();
      expect(focused?.inModal, `focus after ${press + 1} presses: ${JSON.stringify(focused)}`).toBe(true);
      if (focused?.inForm) fields += 1;
    }
    expect(fields).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
    await expect(modal).toBeHidden();
    await expect.poll(async () => (await keys.focused())?.testId).toBe('contract-create');
  });

  test('an org department row is a button: Enter selects it and Space clears it', async ({ page }) => {
    const keys = new Keyboard(page);
    await page.goto('/org');
    await expect(page.getByTestId('org-page')).toBeVisible();
    await keys.fromTop();
    await keys.tabTo((f) => f.inTableBody && f.tag === 'tr', 'a department row');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]dept=/);
    await expect.poll(async () => (await keys.focused())?.tag, 'focus stays on the row').toBe('tr');
    await page.keyboard.press(' ');
    await expect(page).not.toHaveURL(/[?&]dept=/);
  });
});
