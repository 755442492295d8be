import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

test('an admin creates a webhook, sees its delivery fail, retries it, pauses and re-enables it, and deletes it', async ({ page, baseURL, webhooks }) => {
  // A URL of this server that refuses POST: every delivery fails with 405, which is what the log should show.
  const url = `${new URL(baseURL!).origin}/e2e-hook-${Date.now()}`;
  await webhooks.goto();
  await webhooks.submitNew(url, ['alert.created']);
  await expect(page.getByTestId('secret-value')).not.toBeEmpty();
  await page.getByTestId('secret-done').click();
  const row = webhooks.row(url);
  await expect(row.getByTestId('webhook-status')).toHaveAttribute('data-status', 'active');

  execFileSync(process.env.E2E_HRGRAPH!, ['alerts', 'raise', '--kind', 'PAYROLL_READY', '--severity', 'info', '--message', `E2E webhook ${Date.now()}`], { stdio: 'pipe' });

  await webhooks.openDeliveries(url);
  const delivery = await webhooks.waitForDelivery(/405/);
  await expect(delivery).toContainText('alert.created');
  await delivery.getByTestId('delivery-retry').click();
  await expect(page.getByText('已安排立即重试')).toBeVisible();
  await delivery.locator('.ant-table-row-expand-icon').click();
  await expect(page.getByTestId('delivery-payload')).toContainText('"event"');
  await page.keyboard.press('Escape');

  await row.getByTestId('webhook-pause').click();
  await expect(row.getByTestId('webhook-status')).toHaveAttribute('data-status', 'paused');
  await row.getByTestId('webhook-enable').click();
  await expect(row.getByTestId('webhook-status')).toHaveAttribute('data-status', 'active');

  await row.getByTestId('webhook-delete').click();
  await page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary').click();
  await expect(row).toHaveCount(0);
});

test('the webhook form shows the server refusal under the document field', async ({ page, webhooks }) => {
  await webhooks.goto();
  await page.getByTestId('webhook-create').click();
  await page.getByTestId('webhook-url').fill('https://example.com/hook');
  await page.getByTestId('webhook-document').fill('query { viewer { email } }');
  await page.getByTestId('webhook-form-submit').click();
  const documentItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('webhook-document') });
  await expect(documentItem.locator('.ant-form-item-explain-error')).toContainText('subscription');
});
