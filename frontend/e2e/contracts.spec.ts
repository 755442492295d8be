import type { APIRequestContext, Page } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { DEMO_USERS } from './pages/LoginPage';

/**
 * A renewal from start to finish, one contract through four hands: HR renews the demo employee's
 * contract that ends within 30 days (adding the follower-growth bonus), the employee signs it on a
 * phone, the team lead signs for the business without seeing pay, HR signs last and it is active.
 * The tests run in order and hand the successor on.
 */
test.describe.configure({ mode: 'serial' });

interface Handover {
  predecessorNumber: string;
  successorPath: string;
  successorNumber: string;
}

const handover: Partial<Handover> = {};

function must<K extends keyof Handover>(key: K): Handover[K] {
  const value = handover[key];
  if (value === undefined) throw new Error(`${key} was not handed over by the previous test`);
  return value as Handover[K];
}

async function demoEmployee(request: APIRequestContext, baseURL: string): Promise<{ id: string; name: string }> {
  const data = await queryAs<{ viewer: { employee: { id: string; name: string } | null } }>(
    request,
    new URL(baseURL).origin,
    'employee',
    '{ viewer { employee { id name } } }',
  );
  if (!data.viewer.employee) throw new Error('the demo employee login has no employee record');
  return data.viewer.employee;
}

/** Nothing sticks out sideways: the page fits the phone's width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width on a 390 px screen').toBeLessThanOrEqual(clientWidth);
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('finds the contract expiring within 30 days and renews it with the follower-growth bonus', async ({ page, baseURL, request, layout, contractList, contractDetail }) => {
    const employee = await demoEmployee(request, baseURL!);

    await page.goto('/');
    await layout.menu.getByRole('link', { name: '劳动合同' }).click();
    await expect(page).toHaveURL(/\/contracts$/);
    await contractList.waitForRows();

    await contractList.chooseView('expiring');
    // Every row of this view is an active contract with at most 30 days to run.
    const days = await contractList.daysLeft();
    expect(days.length).toBeGreaterThan(0);
    for (const left of days) expect(left).toBeLessThanOrEqual(30);
    const statuses = await contractList.table.getByTestId('contract-status').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-status')));
    expect(new Set(statuses)).toEqual(new Set(['ACTIVE']));

    const row = contractList.rowOf(employee.name);
    await expect(row).toHaveCount(1);
    const left = Number(await row.getByTestId('contract-days-left').getAttribute('data-days'));
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left).toBeLessThanOrEqual(30);
    const predecessorNumber = (await row.getByTestId('contract-link').innerText()).trim();
    handover.predecessorNumber = predecessorNumber;

    await row.getByTestId('contract-link').click();
    await contractDetail.waitForLoaded(predecessorNumber);
    await expect(contractDetail.status).toHaveAttribute('data-status', 'ACTIVE');
    // HR reads pay: the signed version shows its pay terms (what the team lead will not see).
    await expect(contractDetail.latestVersion().getByTestId('contract-pay-terms')).toBeVisible();

    await contractDetail.renew({ extraClauses: ['follower_growth_bonus'], values: { bonus_per_thousand_followers: '80.00' } });

    // The successor: pending signature, the employee's first, linked to what it renews.
    await expect(page).toHaveURL(/\/contracts\/[^/]+$/);
    const successorNumber = (await contractDetail.number.innerText()).trim();
    expect(successorNumber).not.toBe(predecessorNumber);
    await expect(contractDetail.status).toHaveAttribute('data-status', 'PENDING_SIGNATURE');
    await expect(contractDetail.awaiting).toHaveAttribute('data-awaiting', 'EMPLOYEE');
    await expect(contractDetail.renewalResult).toBeVisible();
    await expect(contractDetail.renewalResult).toContainText(predecessorNumber);
    await expect(page.getByTestId('contract-predecessor')).toHaveText(predecessorNumber);
    // The library clause is in, with the value given.
    await expect(contractDetail.clause('follower_growth_bonus')).toContainText('80.00');
    await expect(page.getByTestId('contract-detail-employee')).toHaveText(employee.name);

    handover.successorNumber = successorNumber;
    handover.successorPath = new URL(page.url()).pathname;
  });
});

test.describe('the employee, on a phone', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('opens their contracts, reads the renewal and signs it first', async ({ page, layout, myContracts, contractSign }) => {
    const successorNumber = must('successorNumber');

    await page.goto('/');
    // The side menu folds away on a phone; the header button opens it.
    await page.getByRole('button', { name: '展开菜单' }).click();
    await layout.menu.getByRole('link', { name: '我的合同' }).click();
    await expect(page).toHaveURL(/\/me\/contracts$/);
    await myContracts.waitForLoaded();
    await expectNoSidewaysScroll(page);

    const card = myContracts.card(successorNumber);
    await expect(card).toHaveAttribute('data-status', 'PENDING_SIGNATURE');
    // Waiting for their signature: listed first.
    await expect(myContracts.cards.first()).toHaveAttribute('data-number', successorNumber);
    await card.getByTestId('my-contract-sign').click();

    await contractSign.waitForLoaded(successorNumber);
    // The document as submitted: their own contract (it states the pay) with the new clause.
    await expect(contractSign.document.locator('body')).toContainText(successorNumber);
    await expect(contractSign.document.locator('section[data-clause="follower_growth_bonus"]')).toContainText('80.00');
    await expect(contractSign.document.locator('body')).toContainText('报酬 Pay');
    await expect(contractSign.documentFrame).toHaveAttribute('sandbox', 'allow-same-origin');
    await expect(contractSign.hash).toHaveText(/^[0-9a-f]{64}$/);
    await expect(contractSign.hashCheck).toHaveAttribute('data-result', 'matches');
    await expectNoSidewaysScroll(page);

    await contractSign.sign();
    await expect(contractSign.status).toHaveText('现在等待业务代表签署');
    await expect(contractSign.status).toHaveAttribute('data-awaiting', 'BUSINESS');
    await expectNoSidewaysScroll(page);
  });
});

test.describe('the team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees the contract without pay terms and signs for the business', async ({ page, contractDetail, contractSign }) => {
    const successorNumber = must('successorNumber');
    await contractDetail.goto(must('successorPath'));
    await contractDetail.waitForLoaded(successorNumber);
    await expect(contractDetail.awaiting).toHaveAttribute('data-awaiting', 'BUSINESS');
    // Signed by the employee's own login.
    await expect(contractDetail.signature('EMPLOYEE')).toContainText(DEMO_USERS.employee);

    // No pay: neither the terms nor their labels, and no "partly hidden" notice either.
    await expect(contractDetail.payTerms).toHaveCount(0);
    await expect(page.getByText('月基本工资')).toHaveCount(0);
    await expect(page.getByText('保底收入')).toHaveCount(0);
    await expect(page.getByText('部分字段无权查看或加载失败')).toHaveCount(0);
    // The same for the signed predecessor, which HR sees with its pay terms.
    await page.getByTestId('contract-predecessor').click();
    await contractDetail.waitForLoaded(must('predecessorNumber'));
    await expect(contractDetail.latestVersion()).toBeVisible();
    await expect(contractDetail.payTerms).toHaveCount(0);
    await expect(page.getByText('月基本工资')).toHaveCount(0);
    await page.goBack();
    await contractDetail.waitForLoaded(successorNumber);

    await contractDetail.openSign();
    await contractSign.waitForLoaded(successorNumber);
    // The document states the pay: the lead signs its hash, reading the clauses.
    await expect(contractSign.documentHidden).toBeVisible();
    await expect(contractSign.documentFrame).toHaveCount(0);
    await expect(contractSign.hash).toHaveText(/^[0-9a-f]{64}$/);
    await contractSign.sign();
    await expect(contractSign.status).toHaveText('现在等待人事签署');
  });
});

test.describe('HR, last', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('signs as HR and the renewal is active', async ({ page, contractDetail, contractSign, employeeDetail, contractList }) => {
    const successorNumber = must('successorNumber');
    await contractDetail.goto(must('successorPath'));
    await contractDetail.waitForLoaded(successorNumber);
    await expect(contractDetail.awaiting).toHaveAttribute('data-awaiting', 'HR');

    await contractDetail.openSign();
    await contractSign.waitForLoaded(successorNumber);
    await expect(contractSign.hashCheck).toHaveAttribute('data-result', 'matches');
    await contractSign.sign();
    await expect(contractSign.status).toHaveText('各方均已签署，合同已生效');
    await expect(contractSign.status).toHaveAttribute('data-status', 'ACTIVE');

    await contractDetail.goto(must('successorPath'));
    await expect(contractDetail.status).toHaveAttribute('data-status', 'ACTIVE');
    for (const role of ['EMPLOYEE', 'BUSINESS', 'HR'] as const) {
      await expect(contractDetail.signature(role)).toHaveCount(1);
    }
    await expect(contractDetail.latestVersion().getByTestId('signature-matches')).toHaveCount(3);
    await expect(page.getByTestId('contract-tampered-banner')).toHaveCount(0);

    // From the employee's record, their contracts: the renewal and the one it renews.
    const name = (await page.getByTestId('contract-detail-employee').innerText()).trim();
    await page.getByTestId('contract-detail-employee').click();
    await employeeDetail.waitForLoaded();
    await expect(employeeDetail.name).toHaveText(name);
    await page.getByTestId('employee-contracts-link').click();
    await expect(page).toHaveURL(/\/contracts\?employee=/);
    await contractList.waitForRows('all');
    await expect(page.getByTestId('contract-filter-employee')).toContainText(name);
    const numbers = await contractList.table.getByTestId('contract-link').allInnerTexts();
    expect(numbers).toContain(successorNumber);
    expect(numbers).toContain(must('predecessorNumber'));
    expect(new Set(await contractList.table.getByTestId('contract-employee').allInnerTexts())).toEqual(new Set([name]));
  });
});
