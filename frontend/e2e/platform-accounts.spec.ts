import type { APIRequestContext } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import type { DemoRole } from './pages/LoginPage';

interface Host {
  id: string;
  name: string;
}

interface Account {
  id: string;
  platform: string;
  handle: string;
  externalId: string;
}

const FIRST_HOST = `query { employees(first: 1, filter: { isHost: true, status: [ACTIVE] }) { edges { node { id name } } } }`;
const HOST_ACCOUNTS = `query($hostId: ID!, $platform: Platform!) {
  platformAccounts(first: 100, filter: { hostId: $hostId, platform: $platform }) { edges { node { id platform handle externalId } } }
}`;

/** Any current host: registering an account adds nothing to the traffic numbers other specs read. */
async function aHost(request: APIRequestContext, origin: string): Promise<Host> {
  const data = await queryAs<{ employees: { edges: { node: Host }[] } }>(request, origin, 'hr_manager', FIRST_HOST);
  const host = data.employees.edges[0]?.node;
  expect(host, 'a current host in the demo').toBeTruthy();
  return host!;
}

async function accountsOf(request: APIRequestContext, origin: string, role: DemoRole, hostId: string, platform: string): Promise<Account[]> {
  const data = await queryAs<{ platformAccounts: { edges: { node: Account }[] } }>(request, origin, role, HOST_ACCOUNTS, { hostId, platform });
  return data.platformAccounts.edges.map((edge) => edge.node);
}

test.describe('an HR manager', () => {
  test.use({ signedInAs: 'hr_manager' });

  test("registers a host's platform account, and the same account id again is refused under its field", async ({ page, request, baseURL, traffic }) => {
    const origin = new URL(baseURL!).origin;
    const stamp = `${Date.now()}${test.info().workerIndex}`;
    const host = await aHost(request, origin);
    const account = { platform: '哔哩哔哩', handle: `@e2e-${stamp}`, externalId: `e2e-bili-${stamp}` };

    await traffic.gotoHost(host.id);
    await expect(traffic.hostName).toHaveText(host.name);
    await traffic.submitAccount(account);
    await expect(traffic.accountForm).toHaveCount(0);
    const row = traffic.accountRow(account.handle);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('哔哩哔哩');
    await expect(row).toContainText(account.externalId);

    // The platform's account id is taken now, whatever the handle: the server names the field, the form keeps what was typed.
    await traffic.submitAccount({ ...account, handle: `@e2e-again-${stamp}` });
    await expect(traffic.accountFieldError('platform-account-form-external-id')).toHaveText('已被占用，请换一个');
    await expect(page.getByTestId('platform-account-form-handle')).toHaveValue(`@e2e-again-${stamp}`);
    await expect(page.getByTestId('platform-account-form-external-id')).toHaveValue(account.externalId);
    await page.getByRole('button', { name: /取\s*消/ }).click();
    await expect(traffic.accountForm).toHaveCount(0);
    await expect(traffic.accountRow(`@e2e-again-${stamp}`)).toHaveCount(0);

    const registered = (await accountsOf(request, origin, 'hr_manager', host.id, 'BILIBILI')).filter((a) => a.externalId === account.externalId);
    expect(registered).toEqual([expect.objectContaining({ platform: 'BILIBILI', handle: account.handle })]);
  });
});

test.describe('an admin', () => {
  test.use({ signedInAs: 'admin' });

  test("links a new account to the partner client its numbers come from, and that partner sees it", async ({ request, baseURL, traffic }) => {
    const origin = new URL(baseURL!).origin;
    const stamp = `${Date.now()}${test.info().workerIndex}`;
    const host = await aHost(request, origin);
    // A partner of this spec's own, so no other spec's partner sees a new account.
    const partner = { clientId: `e2e-source-${stamp}`, name: `E2E 数据源 ${stamp}` };
    const created = await queryAs<{ partnerClientCreate: { clientSecret: string | null; errors: unknown[] } }>(
      request,
      origin,
      'admin',
      `mutation($input: PartnerClientCreateInput!) { partnerClientCreate(input: $input) { clientSecret errors { field code message } } }`,
      { input: { ...partner, scopes: ['traffic:read'] } },
    );
    expect(created.partnerClientCreate.errors).toEqual([]);
    const account = { platform: '抖音', handle: `@e2e-dy-${stamp}`, externalId: `e2e-dy-${stamp}`, partner: partner.name };

    await traffic.gotoHost(host.id);
    await traffic.submitAccount(account);
    await expect(traffic.accountForm).toHaveCount(0);
    await expect(traffic.accountRow(account.handle)).toContainText('抖音');

    // The partner's own token: the accounts linked to it are exactly the new one.
    const token = await request.post(`${origin}/oauth/token`, {
      form: { grant_type: 'client_credentials' },
      headers: { Authorization: `Basic ${Buffer.from(`${partner.clientId}:${created.partnerClientCreate.clientSecret ?? ''}`).toString('base64')}` },
    });
    expect(token.status()).toBe(200);
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const listed = await request.post(`${origin}/graphql`, {
      data: { query: '{ platformAccounts(first: 10) { edges { node { platform handle externalId } } } }' },
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const body = (await listed.json()) as { data: { platformAccounts: { edges: { node: Omit<Account, 'id'> }[] } } };
    expect(body.data.platformAccounts.edges.map((edge) => edge.node)).toEqual([{ platform: 'DOUYIN', handle: account.handle, externalId: account.externalId }]);
  });
});

test.describe('a finance user', () => {
  test.use({ signedInAs: 'finance' });

  test("sees a host's platform accounts but cannot add one", async ({ request, baseURL, traffic }) => {
    const host = await aHost(request, new URL(baseURL!).origin);
    await traffic.gotoHost(host.id);
    // Every demo host has an account of their own.
    await expect(traffic.accounts.locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(traffic.addAccountButton).toHaveCount(0);
  });
});
