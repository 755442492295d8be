import type { APIRequestContext, Page } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { DEMO_PASSWORD } from './pages/LoginPage';

/**
 * Performance reviews in the console, one person at a time: HR's KPI template editor refuses
 * weights that do not total 100 (and a source with no data) with the server's words next to the
 * right input, and the open cycle cannot move on while reviews have no score; a team lead rates a
 * review of the open cycle and sees its score change; an employee on a phone reads their closed
 * review line by line and acknowledges it.
 *
 * The seed's twelve monthly cycles end last month (relative to today): the demo employee was
 * hired a few weeks before today, so depending on the date they have one closed review (left for
 * them to acknowledge) or none. With none, the spec gives another host with an unacknowledged
 * closed review a login of their own (through the API, as an admin) and signs in as them.
 */

const CYCLES = `{ reviewCycles(first: 20) { edges { node { id name status } } } }`;

interface Cycle {
  id: string;
  name: string;
  status: 'OPEN' | 'CALIBRATION' | 'CLOSED';
}

async function cycles(request: APIRequestContext, origin: string): Promise<Cycle[]> {
  const data = await queryAs<{ reviewCycles: { edges: { node: Cycle }[] } }>(request, origin, 'hr_manager', CYCLES);
  return data.reviewCycles.edges.map((edge) => edge.node);
}

/** Nothing sticks out sideways: the page fits the phone's width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth + 1);
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('gets the server’s field errors in the KPI template editor', async ({ page, performance }) => {
    await page.goto('/');
    await performance.openFromMenu();
    await performance.expectCycleList();
    await performance.openTemplates();
    await performance.editTemplateOf('主播 Host');
    await expect(performance.weightsTotal).toHaveAttribute('data-complete', 'true');

    // Follower growth 40 -> 30: the live total says 90 before anything is sent.
    await performance.setWeight(0, '30');
    await expect(performance.weightsTotal).toHaveAttribute('data-total', '90');
    await expect(performance.weightsTotal).toHaveAttribute('data-complete', 'false');
    await performance.saveTemplate();
    await expect(page.getByTestId('kpi-weights-error')).toContainText(/100/);
    await expect(page.getByTestId('kpi-weights-error')).toContainText(/90/);

    // Back to 100, but effective hours with a target of 0: refused under that indicator's target.
    await performance.setWeight(0, '40');
    await expect(performance.weightsTotal).toHaveAttribute('data-complete', 'true');
    await expect(page.getByTestId('kpi-weights-error')).toHaveCount(0);
    await performance.setTarget(2, '0');
    await performance.saveTemplate();
    await expect(performance.fieldError(2, 'kpi-indicator-target')).toContainText(/必须大于 0|above 0/); // the server's words, in the console's language
    await expect(performance.fieldError(0, 'kpi-indicator-target')).toHaveCount(0);
    await expect(performance.fieldError(2, 'kpi-indicator-weight')).toHaveCount(0);
  });

  test('cannot move the open cycle on while reviews have no score', async ({ page, baseURL, request, performance }) => {
    const open = (await cycles(request, new URL(baseURL!).origin)).find((cycle) => cycle.status === 'OPEN');
    // The demo seed always leaves its latest cycle open with about half of it rated (backend/seed/performance.py);
    // a skip would fail the build anyway (scripts/check_test_results.py), so say what is wrong instead.
    expect(open, 'the seed has an open cycle').toBeTruthy();
    // Refused only while some review has no score: otherwise the click would really move the cycle on.
    const scores = await queryAs<{ reviews: { edges: { node: { score: string | null } }[] } }>(
      request,
      new URL(baseURL!).origin,
      'hr_manager',
      'query ($id: ID!) { reviews(first: 100, filter: { cycleId: $id }) { edges { node { score } } } }',
      { id: open!.id },
    );
    expect(scores.reviews.edges.some((edge) => edge.node.score === null), 'some review of the open cycle has no score').toBe(true);
    await page.goto('/performance');
    await performance.expectCycleList();
    await performance.openCycle(open!.name);
    await expect(page.getByTestId('review-cycle-status')).toHaveAttribute('data-status', 'OPEN');
    await performance.advanceCycle();
    await expect(page.getByTestId('review-cycle-error')).toContainText(/没有得分|still ha(ve|s) no score/);
    await expect(page.getByTestId('review-cycle-status')).toHaveAttribute('data-status', 'OPEN');
  });
});

test.describe('a team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('rates a review of the open cycle and sees the score change', async ({ page, baseURL, request, performance }) => {
    await page.goto('/');
    await performance.openFromMenu();
    await expect(page).toHaveURL(/\/performance\/team$/);
    await performance.waitForReviews();
    const row = performance.reviewTable.locator('tr[data-review-id]').filter({ has: page.getByTestId('review-rate') }).first();
    const reviewId = (await row.getAttribute('data-review-id'))!;
    const stars = row.getByTestId('review-rating');
    const before = (await stars.count()) ? await stars.getAttribute('data-rating') : null;
    const rating = before === '2' ? 4.5 : 2;

    await row.getByTestId('review-rate').click();
    await performance.rate(rating, 'e2e: 复盘后调整 Adjusted after the review');
    await expect(page.getByTestId('review-rate-submit')).toHaveCount(0);

    const after = await queryAs<{ review: { score: string | null; managerRating: string } }>(
      request,
      new URL(baseURL!).origin,
      'team_lead',
      'query ($id: ID!) { review(id: $id) { score managerRating } }',
      { id: reviewId },
    );
    expect(Number(after.review.managerRating)).toBe(rating);
    const updated = performance.reviewRow(reviewId);
    await expect(updated.getByTestId('review-rating')).toHaveAttribute('data-rating', String(rating));
    await expect(updated.getByTestId('review-score')).toHaveAttribute('data-score', after.review.score ?? '');
    // Scores, never pay.
    await expect(page.locator('body')).not.toContainText(/¥|基本工资|Base pay/);
  });
});

interface ClosedReview {
  id: string;
  acknowledgedAt: string | null;
  score: string | null;
  cycle: { status: string };
  employee: { id: string } | null;
}

const REVIEWS = `query ($filter: ReviewFilter, $first: Int!) {
  reviews(first: $first, filter: $filter) { edges { node { id acknowledgedAt score cycle { status } employee { id } } } }
}`;

/** Who signs in as "the employee": the demo employee when they have a closed review to acknowledge, else a host given a login. */
async function employeeWithClosedReview(request: APIRequestContext, origin: string): Promise<{ email: string | null; reviewId: string }> {
  const me = await queryAs<{ viewer: { employee: { id: string } | null } }>(request, origin, 'employee', '{ viewer { employee { id } } }');
  const own = await queryAs<{ reviews: { edges: { node: ClosedReview }[] } }>(request, origin, 'employee', REVIEWS, {
    first: 24,
    filter: { employeeId: me.viewer.employee?.id },
  });
  const pending = own.reviews.edges.map((edge) => edge.node).find((review) => review.cycle.status === 'CLOSED' && !review.acknowledgedAt);
  if (pending) return { email: null, reviewId: pending.id };

  const closed = (await cycles(request, origin)).find((cycle) => cycle.status === 'CLOSED');
  if (!closed) throw new Error('the seed has no closed cycle');
  const all = await queryAs<{ reviews: { edges: { node: ClosedReview }[] } }>(request, origin, 'admin', REVIEWS, { first: 100, filter: { cycleId: closed.id } });
  const review = all.reviews.edges.map((edge) => edge.node).find((node) => !node.acknowledgedAt && node.score !== null && node.employee);
  if (!review?.employee) throw new Error('no unacknowledged closed review in the latest closed cycle');
  const email = `e2e-kpi-${Date.now()}@demo.hrgraph.local`;
  await queryAs(request, origin, 'admin', 'mutation ($input: UserCreateInput!) { userCreate(input: $input) { user { id } errors { code message } } }', {
    input: { email, password: DEMO_PASSWORD, roles: ['employee'], employeeId: review.employee.id },
  });
  return { email, reviewId: review.id };
}

/** Replaces the page's demo session with one for `email` (a login the spec made). */
async function signInAs(page: Page, request: APIRequestContext, origin: string, email: string): Promise<void> {
  const response = await request.post(`${origin}/graphql`, {
    data: {
      query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken expiresIn } }',
      variables: { email, password: DEMO_PASSWORD },
    },
  });
  const login = ((await response.json()) as { data?: { login?: { accessToken: string | null; refreshToken: string | null; expiresIn: number | null } } }).data?.login;
  if (!login?.accessToken || !login.refreshToken) throw new Error(`login as ${email} failed`);
  const tokens = { access: login.accessToken, refresh: login.refreshToken, expiresAt: String(Date.now() + (login.expiresIn ?? 900) * 1000) };
  await page.addInitScript((t) => {
    window.localStorage.setItem('hrgraph.accessToken', t.access);
    window.localStorage.setItem('hrgraph.refreshToken', t.refresh);
    window.localStorage.setItem('hrgraph.accessTokenExpiresAt', t.expiresAt);
  }, tokens);
}

test.describe('an employee, on a phone', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('reads their closed review line by line and acknowledges it', async ({ page, baseURL, request, performance }) => {
    const origin = new URL(baseURL!).origin;
    const { email, reviewId } = await employeeWithClosedReview(request, origin);
    if (email) await signInAs(page, request, origin, email);
    await page.goto('/');
    // The menu folds away on a phone: open it, then the page.
    await page.getByRole('button', { name: /展开菜单|Expand/ }).click();
    await page.getByTestId('side-menu').getByRole('link', { name: /我的 KPI|My KPI/ }).click();
    await performance.waitForMyReviews();

    const card = performance.myReview(reviewId);
    await expect(card).toHaveAttribute('data-acknowledged', 'false');
    const lines = card.locator('.review-line');
    expect(await lines.count()).toBeGreaterThan(0);
    // Each line shows its working: actual -> score x weight, and the server's explanation.
    await expect(lines.first()).toContainText(/→/);
    await expect(card.getByTestId('review-score').first()).not.toHaveAttribute('data-score', '');
    await expectNoSidewaysScroll(page);

    await card.getByTestId('review-acknowledge').click();
    await expect(card).toHaveAttribute('data-acknowledged', 'true');
    await expect(card.getByTestId('review-acknowledged')).toBeVisible();
    await expect(card.getByTestId('review-acknowledge')).toHaveCount(0);
  });
});
