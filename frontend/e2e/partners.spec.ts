import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ signedInAs: 'admin' });

function clientCredentials(request: APIRequestContext, clientId: string, secret: string) {
  return request.post('/oauth/token', {
    form: { grant_type: 'client_credentials' },
    headers: { Authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` },
  });
}

test('an admin registers a partner client, sees its secret once, and the secret works', async ({ page, request, partners }) => {
  const clientId = `e2e-partner-${Date.now()}`;
  await partners.goto();
  await partners.submitNew({ clientId, name: 'E2E 合作方', scopes: ['employees:read', 'alerts:read'], teams: 1 });

  const secret = await partners.shownSecret();
  await expect(partners.secretModal.getByTestId('secret-client-id')).toHaveText(clientId);
  await partners.closeSecret();
  await expect(partners.row(clientId)).toContainText('employees:read');
  await expect(page.getByText(secret)).toHaveCount(0);

  const token = await clientCredentials(request, clientId, secret);
  expect(token.status()).toBe(200);
  expect(((await token.json()) as { access_token?: string }).access_token).toBeTruthy();

  // Rotating shows a new secret once; the old one stops working at once.
  const rotated = await partners.rotateSecret(clientId);
  expect(rotated).not.toBe(secret);
  await partners.closeSecret();
  expect((await clientCredentials(request, clientId, secret)).status()).not.toBe(200);
  expect((await clientCredentials(request, clientId, rotated)).status()).toBe(200);

  // Revoked: no more tokens.
  await partners.revoke(clientId);
  expect((await clientCredentials(request, clientId, rotated)).status()).not.toBe(200);
});

test('a refused partner client shows the server error under the field it names', async ({ page, partners }) => {
  await partners.goto();
  // The demo partner already holds this client id.
  await partners.submitNew({ clientId: 'demo-platform', name: 'Duplicate', scopes: ['employees:read'] });
  const clientIdItem = page.locator('.ant-form-item').filter({ has: page.getByTestId('partner-client-id') });
  await expect(clientIdItem.locator('.ant-form-item-explain-error')).toHaveText('已被占用，请换一个');
  await expect(partners.secretModal).toHaveCount(0);
});
