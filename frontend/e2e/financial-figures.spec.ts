import { expect, test } from './fixtures';

/**
 * Finance enters a department's revenue and non-people cost for last month from the menu; a row
 * missing its revenue is refused on that row, and nothing else changes. (Who may open the page
 * at all is in roles/.)
 */
test.describe('as finance', () => {
  test.use({ signedInAs: 'finance' });

  test("enters last month's figures of a department, and a half-filled row is refused on its row", async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('side-menu').getByRole('link', { name: '营收与成本' }).click();
    const table = page.getByTestId('figure-table');
    await expect(table).toHaveAttribute('data-ready', 'true');
    const rows = table.locator('tbody tr.ant-table-row');

    const first = rows.nth(0);
    await first.getByTestId('figure-revenue').fill('1234567.80');
    await first.getByTestId('figure-operatingCost').fill('234000');
    await first.getByTestId('figure-note').fill('e2e 月结');
    await first.getByTestId('figure-save').click();
    await expect(first.getByTestId('figure-entered')).toContainText('finance@demo.hrgraph.local');
    await expect(first.getByTestId('figure-revenue')).toHaveValue('1234567.80');

    const second = rows.nth(1);
    await second.getByTestId('figure-operatingCost').fill('1000');
    await second.getByTestId('figure-save').click();
    await expect(second.getByTestId('figure-error')).not.toBeEmpty();
    await expect(second.getByTestId('figure-entered')).toHaveCount(0);

    // What was saved is still there after a reload; the refused row was not written.
    await page.reload();
    await expect(table).toHaveAttribute('data-ready', 'true');
    await expect(rows.nth(0).getByTestId('figure-revenue')).toHaveValue('1234567.80');
    await expect(rows.nth(1).getByTestId('figure-entered')).toHaveCount(0);
  });
});
