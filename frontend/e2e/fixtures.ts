import { test as base, type APIRequestContext } from '@playwright/test';
import { AlertListPage } from './pages/AlertListPage';
import { ConsoleLayout } from './pages/ConsoleLayout';
import { ContractDetailPage } from './pages/ContractDetailPage';
import { ContractListPage } from './pages/ContractListPage';
import { ContractSignPage } from './pages/ContractSignPage';
import { EmployeeDetailPage } from './pages/EmployeeDetailPage';
import { EmployeeListPage } from './pages/EmployeeListPage';
import { GraphiQLPage } from './pages/GraphiQLPage';
import { HomeDashboardPage } from './pages/HomeDashboardPage';
import { DEMO_PASSWORD, DEMO_USERS, LoginPage, type DemoRole } from './pages/LoginPage';
import { MyContractsPage } from './pages/MyContractsPage';
import { PartnerClientListPage } from './pages/PartnerClientListPage';
import { PerformancePage } from './pages/PerformancePage';
import { TrafficPage } from './pages/TrafficPage';
import { WebhookListPage } from './pages/WebhookListPage';

interface StorageState {
  cookies: never[];
  origins: { origin: string; localStorage: { name: string; value: string }[] }[];
}

const LOGIN = `mutation E2ELogin($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresIn errors { code message } }
}`;

interface ApiLogin {
  accessToken: string;
  refreshToken: string;
  expiresIn: number | null;
}

async function apiLogin(request: APIRequestContext, origin: string, role: DemoRole): Promise<ApiLogin> {
  const response = await request.post(`${origin}/graphql`, {
    data: { query: LOGIN, variables: { email: DEMO_USERS[role], password: DEMO_PASSWORD } },
  });
  const body = (await response.json()) as {
    data?: { login?: { accessToken: string | null; refreshToken: string | null; expiresIn: number | null } };
  };
  const login = body.data?.login;
  if (!response.ok() || !login?.accessToken || !login.refreshToken) throw new Error(`API login as ${role} failed: ${JSON.stringify(body)}`);
  return { accessToken: login.accessToken, refreshToken: login.refreshToken, expiresIn: login.expiresIn };
}

/** A GraphQL query as a demo role, through the API: for facts a spec needs before it drives the UI. */
export async function queryAs<T>(request: APIRequestContext, origin: string, role: DemoRole, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { accessToken } = await apiLogin(request, origin, role);
  const response = await request.post(`${origin}/graphql`, { data: { query, variables }, headers: { authorization: `Bearer ${accessToken}` } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok() || !body.data || body.errors?.length) throw new Error(`API query as ${role} failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** A console session for a demo role, made through the API (the login page has specs of its own). */
async function sessionFor(request: APIRequestContext, origin: string, role: DemoRole): Promise<StorageState> {
  const login = await apiLogin(request, origin, role);
  const expiresAt = Date.now() + (login.expiresIn ?? 900) * 1000;
  return {
    cookies: [],
    origins: [
      {
        origin,
        localStorage: [
          { name: 'hrgraph.accessToken', value: login.accessToken },
          { name: 'hrgraph.refreshToken', value: login.refreshToken },
          { name: 'hrgraph.accessTokenExpiresAt', value: String(expiresAt) },
        ],
      },
    ],
  };
}

export const test = base.extend<{
  /** `test.use({ signedInAs: 'admin' })`: every page of the test starts signed in as that demo role. */
  signedInAs: DemoRole | null;
  loginPage: LoginPage;
  layout: ConsoleLayout;
  employeeList: EmployeeListPage;
  employeeDetail: EmployeeDetailPage;
  graphiql: GraphiQLPage;
  alertList: AlertListPage;
  partners: PartnerClientListPage;
  webhooks: WebhookListPage;
  traffic: TrafficPage;
  contractList: ContractListPage;
  contractDetail: ContractDetailPage;
  contractSign: ContractSignPage;
  myContracts: MyContractsPage;
  home: HomeDashboardPage;
  performance: PerformancePage;
}>({
  signedInAs: [null, { option: true }],
  storageState: async ({ signedInAs, storageState, baseURL, playwright }, use) => {
    if (!signedInAs) return use(storageState);
    const request = await playwright.request.newContext();
    try {
      await use(await sessionFor(request, new URL(baseURL!).origin, signedInAs));
    } finally {
      await request.dispose();
    }
  },
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  layout: async ({ page }, use) => use(new ConsoleLayout(page)),
  employeeList: async ({ page }, use) => use(new EmployeeListPage(page)),
  employeeDetail: async ({ page }, use) => use(new EmployeeDetailPage(page)),
  graphiql: async ({ page }, use) => use(new GraphiQLPage(page)),
  alertList: async ({ page }, use) => use(new AlertListPage(page)),
  partners: async ({ page }, use) => use(new PartnerClientListPage(page)),
  webhooks: async ({ page }, use) => use(new WebhookListPage(page)),
  traffic: async ({ page }, use) => use(new TrafficPage(page)),
  contractList: async ({ page }, use) => use(new ContractListPage(page)),
  contractDetail: async ({ page }, use) => use(new ContractDetailPage(page)),
  contractSign: async ({ page }, use) => use(new ContractSignPage(page)),
  myContracts: async ({ page }, use) => use(new MyContractsPage(page)),
  home: async ({ page }, use) => use(new HomeDashboardPage(page)),
  performance: async ({ page }, use) => use(new PerformancePage(page)),
});

export { expect } from '@playwright/test';
