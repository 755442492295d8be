import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { DEMO_USERS, type DemoRole } from './pages/LoginPage';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));

for (const role of Object.keys(DEMO_USERS) as DemoRole[]) {
  test.describe(() => {
    test.use({ signedInAs: role });

    test(`home page of ${role}`, async ({ page, home }) => {
      await page.goto('/');
      await expect(page.getByTestId('viewer-email')).toHaveText(DEMO_USERS[role]);
      await expect(page.getByTestId('home-page')).toBeVisible();
      // The dashboard's cards have their data (or their empty state) and the workforce chart is drawn.
      await home.waitForLoaded();
      await expect(page.locator('.ant-card-loading')).toHaveCount(0);
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: `${ARTIFACTS}home-${role}.png`, fullPage: true });
    });
  });
}
