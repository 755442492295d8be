import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { DEMO_USERS } from './pages/LoginPage';

test.use({ signedInAs: 'hr_manager' });

/** `hrgraph alerts raise ...` as an operator would run it (E2E_HRGRAPH, with the server's database in the env). */
function raiseAlert(message: string): void {
  const hrgraph = process.env.E2E_HRGRAPH;
  if (!hrgraph) throw new Error('E2E_HRGRAPH is not set: run the suite through scripts/e2e');
  execFileSync(hrgraph, ['alerts', 'raise', '--kind', 'TRAFFIC_ANOMALY', '--message', message, '--employee-no', 'MCN000010'], { stdio: 'pipe' });
}

test('an alert raised on the server shows up live on the open alerts page, and can be acknowledged', async ({ page, layout, alertList }) => {
  // The feed subscribes once the console knows where to start: wait for that frame before raising.
  const subscribed = page.waitForEvent('websocket').then((socket) => socket.waitForEvent('framesent', (frame) => String(frame.payload).includes('"subscribe"')));
  await alertList.goto();
  await subscribed;
  const before = await layout.alertCount();

  const message = `E2E 流量异常 ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  raiseAlert(message);

  // Pushed over the socket: no reload, no polling by the page.
  const row = alertList.rowWithMessage(message);
  await expect(row).toBeVisible({ timeout: 1_500 });
  await expect(row).toContainText('流量异常');
  await expect(page.getByTestId('alert-toast').filter({ hasText: message })).toBeVisible();
  await expect.poll(() => layout.alertCount()).toBeGreaterThan(before);
  const raised = await layout.alertCount();

  await alertList.acknowledge(message);
  await expect(row).toContainText(DEMO_USERS.hr_manager);
  await expect.poll(() => layout.alertCount()).toBeLessThan(raised);

  // The URL keeps the filters: open alerts of this kind no longer list it.
  await page.getByTestId('alert-state-filter').getByText('未确认').click();
  await expect(page).toHaveURL(/[?&]state=open/);
  await alertList.waitForLoaded();
  await expect(alertList.rowWithMessage(message)).toHaveCount(0);
});
