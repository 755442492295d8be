import { execFileSync } from 'node:child_process';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';

/**
 * The home dashboard per role: HR's workforce and expiring contracts, a team lead's own movers,
 * an employee's contract to sign on a phone, a recruiter without contract or traffic cards, and
 * an alert pushed onto the open dashboard.
 */

function raiseAlert(message: string): void {
  const hrgraph = process.env.E2E_HRGRAPH;
  if (!hrgraph) throw new Error('E2E_HRGRAPH is not set: run the suite through scripts/e2e');
  execFileSync(hrgraph, ['alerts', 'raise', '--kind', 'TRAFFIC_ANOMALY', '--message', message, '--employee-no', 'MCN000010'], { stdio: 'pipe' });
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

interface TemplateNode {
  id: string;
  contractType: string;
  latestVersion: number;
  versions: { version: number; clauses: { variables: { name: string; type: string; min: string | number | null }[] }[] }[];
}

interface ContractPayload {
  contract: { id: string; number: string } | null;
  errors: { field: string | null; code: string; message: string }[];
}

/**
 * A talent contract for the demo employee, submitted for signature by HR through the API (a civil
 * contract: it does not clash with their labor contract), so it waits for the employee's signature.
 */
async function contractToSign(request: APIRequestContext, origin: string): Promise<{ id: string; number: string }> {
  const { viewer } = await queryAs<{ viewer: { employee: { id: string } | null } }>(request, origin, 'employee', '{ viewer { employee { id } } }');
  if (!viewer.employee) throw new Error('the demo employee login has no employee record');
  const { contractTemplates } = await queryAs<{ contractTemplates: { edges: { node: TemplateNode }[] } }>(
    request,
    origin,
    'hr_manager',
    '{ contractTemplates(first: 5) { edges { node { id contractType latestVersion versions { version clauses { variables { name type min } } } } } } }',
  );
  const template = contractTemplates.edges.map((edge) => edge.node).find((node) => node.contractType === 'TALENT');
  if (!template) throw new Error('the demo has no talent contract template');
  const version = template.versions.find((item) => item.version === template.latestVersion) ?? template.versions.at(-1);
  const values = (version?.clauses ?? []).flatMap((clause) =>
    clause.variables.map((variable) => ({
      name: variable.name,
      value: variable.type === 'text' ? 'E2E' : variable.type === 'int' ? String(Math.max(Number(variable.min ?? 1), 1)) : '10',
    })),
  );
  const start = new Date(Date.now() + 90 * 86_400_000);
  const end = new Date(start.getTime() + 364 * 86_400_000);
  const created = await queryAs<{ contractCreate: ContractPayload }>(
    request,
    origin,
    'hr_manager',
    `mutation ($input: ContractCreateInput!) { contractCreate(input: $input) { contract { id number } errors { field code message } } }`,
    { input: { employeeId: viewer.employee.id, templateId: template.id, terms: { startsOn: isoDate(start), endsOn: isoDate(end), values } } },
  );
  const contract = created.contractCreate.contract;
  if (!contract) throw new Error(`contractCreate failed: ${JSON.stringify(created.contractCreate.errors)}`);
  const submitted = await queryAs<{ contractSubmitForSignature: ContractPayload }>(
    request,
    origin,
    'hr_manager',
    `mutation ($id: ID!) { contractSubmitForSignature(input: { id: $id }) { contract { id number } errors { field code message } } }`,
    { id: contract.id },
  );
  if (submitted.contractSubmitForSignature.errors.length) throw new Error(`submit failed: ${JSON.stringify(submitted.contractSubmitForSignature.errors)}`);
  return contract;
}

/**
 * Signs the spec's contract through in order (employee, business, HR), so nobody is left with it
 * waiting for them (a pending contract cannot be terminated) and other specs see the lists as the
 * demo left them: it ends as an active talent contract that starts in three months.
 */
async function signThrough(request: APIRequestContext, origin: string, id: string): Promise<void> {
  for (const role of ['employee', 'team_lead', 'hr_manager'] as const) {
    const signed = await queryAs<{ contractSign: { errors: { code: string; message: string }[] } }>(
      request,
      origin,
      role,
      'mutation ($id: ID!) { contractSign(input: { id: $id }) { errors { code message } } }',
      { id },
    );
    if (signed.contractSign.errors.length) throw new Error(`signing as ${role} failed: ${JSON.stringify(signed.contractSign.errors)}`);
  }
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width on a 390 px screen').toBeLessThanOrEqual(clientWidth);
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('sees the workforce trend and the contracts expiring within 30 days', async ({ page, home }) => {
    await home.goto();
    await home.waitForLoaded();
    expect(await home.cardKeys()).toEqual(['workforce', 'expiringContracts', 'alerts', 'trafficMovers']);

    const workforce = await home.expectReady('workforce');
    await expect(page.getByTestId('home-workforce-chart')).toHaveAttribute('data-points', '12');
    expect(Number(await workforce.getByTestId('home-workforce-headcount').innerText())).toBeGreaterThan(0);
    await expect(workforce.getByTestId('home-workforce-attrition')).toHaveText(/^\d[\d,]*\.\d%$/);

    const expiring = await home.expectReady('expiringContracts');
    const count = Number(await page.getByTestId('home-expiring-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    const rows = expiring.getByTestId('home-expiring-contract');
    await expect(rows).toHaveCount(Math.min(count, 5));
    for (const days of await rows.locator('[data-days]').evaluateAll((tags) => tags.map((tag) => Number(tag.getAttribute('data-days'))))) {
      expect(days).toBeGreaterThanOrEqual(0);
      expect(days).toBeLessThanOrEqual(30);
    }
    await page.getByTestId('home-card-expiringContracts-link').click();
    await expect(page).toHaveURL(/\/contracts\?view=expiring$/);
  });

  test('an alert raised on the server appears on the open dashboard within a second, without reload', async ({ page, home }) => {
    const subscribed = page.waitForEvent('websocket').then((socket) => socket.waitForEvent('framesent', (frame) => String(frame.payload).includes('"subscribe"')));
    await home.goto();
    await subscribed;
    await expect(home.card('alerts')).toHaveAttribute('data-state', /^(ready|empty)$/);
    const before = await home.openAlertCount();
    let reloaded = false;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) reloaded = true;
    });

    const message = `E2E 首页预警 ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    raiseAlert(message);

    await expect(home.alertWithMessage(message)).toBeVisible({ timeout: 1_000 });
    await expect(home.card('alerts').getByTestId('home-alert').first()).toContainText(message);
    await expect.poll(() => home.openAlertCount()).toBeGreaterThan(before);
    expect(reloaded, 'the page did not reload').toBe(false);
  });
});

test.describe('a team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test("sees their own team's top movers", async ({ page, baseURL, request, home }) => {
    const data = await queryAs<{ viewer: { employee: { id: string } | null }; teams: { edges: { node: { id: string; lead: { id: string } | null } }[] } }>(
      request,
      new URL(baseURL!).origin,
      'team_lead',
      '{ viewer { employee { id } } teams(first: 100) { edges { node { id lead { id } } } } }',
    );
    const leadId = data.viewer.employee?.id;
    const ledTeams = data.teams.edges.map((edge) => edge.node).filter((team) => team.lead?.id === leadId).map((team) => team.id);
    expect(ledTeams.length).toBeGreaterThan(0);

    await home.goto();
    await home.waitForLoaded();
    const movers = await home.expectReady('trafficMovers');
    const rows = movers.getByTestId('home-mover');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.count()).toBeLessThanOrEqual(5);
    for (const teamId of await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-team-id')))) {
      expect(ledTeams).toContain(teamId);
    }
    await expect(home.card('workforce')).toContainText(/本团队/);
    await page.getByTestId('home-card-trafficMovers-link').click();
    await expect(page).toHaveURL(/\/traffic$/);
  });
});

test.describe('an employee, on a phone', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('sees their contract to sign, and opens it', async ({ page, baseURL, request, home }) => {
    const origin = new URL(baseURL!).origin;
    const contract = await contractToSign(request, origin);
    try {
      await home.goto();
      await home.waitForLoaded();
      const keys = await home.cardKeys();
      expect(keys).toContain('myContracts');
      expect(keys).not.toContain('workforce');
      expect(keys).not.toContain('expiringContracts');
      const card = await home.expectReady('myContracts');
      const row = card.locator(`[data-testid="home-contract-to-sign"][data-number="${contract.number}"]`);
      await expect(row).toBeVisible();
      await expectNoSidewaysScroll(page);
      // Cards stack: one column on a phone.
      const boxes = await home.cards.evaluateAll((cards) => cards.map((item) => item.getBoundingClientRect().width));
      for (const width of boxes) expect(width).toBeGreaterThan(300);
      await row.getByTestId('home-contract-sign').click();
      await expect(page).toHaveURL(new RegExp(`/contracts/${encodeURIComponent(contract.id)}/sign$`));
    } finally {
      await signThrough(request, origin, contract.id);
    }
  });
});

test.describe('a recruiter', () => {
  test.use({ signedInAs: 'recruiter' });

  test('sees no contract or traffic card', async ({ page, home }) => {
    await home.goto();
    await home.waitForLoaded();
    expect(await home.cardKeys()).toEqual(['workforce']);
    await expect(page.locator('[data-testid="home-card-expiringContracts"], [data-testid="home-card-myContracts"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="home-card-trafficMovers"], [data-testid="home-card-myTraffic"]')).toHaveCount(0);
    await home.expectReady('workforce');
  });
});
