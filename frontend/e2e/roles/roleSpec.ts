import { expect, test } from '../fixtures';
import type { DashboardCardKey } from '../pages/HomeDashboardPage';
import type { DemoRole } from '../pages/LoginPage';
import { DEMO_USERS } from '../pages/LoginPage';

export interface RoleView {
  /** The side menu, exactly and in order, as the paths its entries open. */
  menu: string[];
  /** The home dashboard's cards, exactly and in order. */
  cards: DashboardCardKey[] | string[];
  /** Pages the role may not open: each shows the no-permission page. */
  refused: string[];
}

/** What a built-in role sees in the navigation and on its home page, and what it cannot open. */
export function describeRole(role: DemoRole, view: RoleView, more?: () => void): void {
  test.describe(`as ${role}`, () => {
    test.use({ signedInAs: role });

    test('the navigation and the home page', async ({ page, layout, home }) => {
      await home.goto();
      await expect(page.getByTestId('viewer-email')).toHaveText(DEMO_USERS[role]);
      expect(await layout.menuPaths()).toEqual(view.menu);
      await home.waitForLoaded();
      expect(await home.cardKeys()).toEqual(view.cards);
    });

    if (view.refused.length) {
      test('what is not theirs to open', async ({ page }) => {
        for (const path of view.refused) {
          await page.goto(path);
          await expect(page.getByTestId('forbidden-page'), path).toBeVisible();
        }
      });
    }

    more?.();
  });
}
