import { expect, queryAs, test } from './fixtures';
import { AnalyticsPage } from './pages/AnalyticsPage';
import { ListExport } from './pages/ListExport';

/**
 * People analytics: HR opens the attrition risk list from the menu, sees people ranked by score
 * with their reasons and a link to each, and below it the model's card (its calibration drawn by
 * ECharts) and the cohort insights (or the words that nothing is significant yet). A team lead
 * sees their own team's risks only, and no model card or insights: the cohort scan compares the
 * whole company. The demo seed trains and scores at its end; its scores are low (no HIGH band).
 */

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('sees risks with their drivers, the model card and the insights', async ({ page }) => {
    const analytics = new AnalyticsPage(page);
    await page.goto('/');
    await analytics.openFromMenu();

    // Highest first, each as a percent with a band, the reasons in words.
    const scores = await analytics.scores();
    expect(scores.length).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await expect(analytics.rows.first().getByTestId('risk-score')).toHaveText(/^\d+(\.\d)?%$/);
    await expect(analytics.rows.first().getByTestId('risk-band')).toBeVisible();
    await expect(analytics.rows.getByTestId('risk-drivers').first().locator('li').first()).not.toBeEmpty();

    // The export: every score the list holds (not just this page), highest first, in the table's words.
    const [header, ...exported] = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes);
    expect(header).toEqual(['工号', '员工', '团队', '风险', '等级', '主要原因', '评分时间']);
    const total = Number((await page.locator('.ant-pagination-total-text').innerText()).match(/共 (\d+) 条/)?.[1]);
    expect(exported).toHaveLength(total);
    const exportedScores = exported.map((row) => Number(row[3]));
    expect([...exportedScores].sort((a, b) => b - a)).toEqual(exportedScores);
    expect(exported.map((row) => row[4]).filter((band) => !['低', '中', '高'].includes(band!))).toEqual([]);

    // The model card: the chosen model among the candidates by CV AUC, the calibration chart.
    await expect(analytics.insightsSection).toBeVisible();
    await expect(analytics.modelCard).toBeVisible();
    await expect(analytics.modelCard.getByTestId('risk-model-chosen')).not.toBeEmpty();
    await expect(analytics.modelCard.getByTestId('risk-model-candidates').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(analytics.calibrationChart).toHaveAttribute('data-rendered', 'true');

    // The insights: sentences with their statistics, or that no difference is significant yet.
    await expect(analytics.insights).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(analytics.insights.getByTestId('attrition-insight').first().or(analytics.insights.getByTestId('attrition-insights-empty'))).toBeVisible();

    // Each row links to the person's record.
    await analytics.rows.first().getByTestId('risk-employee-link').click();
    await expect(page).toHaveURL(/\/employees\/[^/]+$/);
  });
});

test.describe('team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees only their team’s risks and no insights', async ({ page, request, baseURL }) => {
    const { viewer } = await queryAs<{ viewer: { employee: { id: string; team: { name: string } | null } | null } }>(
      request,
      new URL(baseURL!).origin,
      'team_lead',
      '{ viewer { employee { id team { name } } } }',
    );
    const team = viewer.employee?.team?.name;
    expect(team).toBeTruthy();

    const analytics = new AnalyticsPage(page);
    await page.goto('/');
    await analytics.openFromMenu();
    const teams = await analytics.teamNames();
    expect(teams.length).toBeGreaterThan(0);
    expect(new Set(teams)).toEqual(new Set([team]));
    // So is the export: the server re-runs the list as the lead.
    const exported = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes).slice(1);
    expect(exported.length).toBeGreaterThan(0);
    expect(new Set(exported.map((row) => row[2]))).toEqual(new Set([team]));
    // Never one's own score.
    await expect(analytics.rows.locator(`a[href="/employees/${viewer.employee!.id}"]`)).toHaveCount(0);

    await expect(analytics.insightsSection).toHaveCount(0);
    await expect(analytics.modelCard).toHaveCount(0);
  });
});

/**
 * The workforce dashboard and the 360 profile: HR sees the breakdown by department, retention by
 * hire quarter and revenue per head drawn by ECharts; a lead sees their teams and no efficiency.
 * The profile shows each section the viewer may read and says which they may not: an employee
 * sees their own pay but never their own risk.
 */
test.describe('HR on the workforce dashboard', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('sees breakdown, retention and efficiency charts', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('side-menu').getByRole('link', { name: /人员与效能|Workforce/ }).click();
    const dashboard = page.getByTestId('workforce-dashboard');
    await expect(dashboard).toBeVisible();
    await expect(page.getByTestId('workforce-breakdown-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('workforce-breakdown-chart')).toHaveAttribute('data-rendered', 'true');
    await expect(page.getByTestId('workforce-retention-chart')).toHaveAttribute('data-rendered', 'true');
    expect(Number(await page.getByTestId('workforce-retention-chart').getAttribute('data-cohorts'))).toBeGreaterThan(0);
    await expect(page.getByTestId('workforce-efficiency-chart')).toHaveAttribute('data-rendered', 'true');
    await expect(page.getByTestId('workforce-revenue-source').first()).toBeVisible();

    // The breakdown exports as the table shows it: one row per department, the same numbers.
    const table = page.getByTestId('workforce-breakdown-table').locator('tbody tr.ant-table-row');
    const shown = await table.evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent ?? '')));
    const [header, ...exported] = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes);
    expect(header).toEqual(['分组', '期初人数', '期末人数', '入职', '离职', '流失率 (%)']);
    expect(exported.map((row) => row.slice(0, 5))).toEqual(shown.map((row) => row.slice(0, 5)));
  });

  test('opens a host’s 360 profile from their record', async ({ page, request, baseURL }) => {
    const { employees } = await queryAs<{ employees: { edges: { node: { id: string } }[] } }>(
      request,
      new URL(baseURL!).origin,
      'hr_manager',
      '{ employees(first: 1, filter: { isHost: true, status: [ACTIVE] }) { edges { node { id } } } }',
    );
    const id = employees.edges[0]!.node.id;
    await page.goto(`/employees/${id}`);
    await page.getByTestId('employee-profile-link').click();
    await expect(page.getByTestId('employee-profile')).toBeVisible();
    for (const section of ['contract', 'pay', 'traffic', 'training', 'attendance', 'history']) {
      await expect(page.getByTestId(`profile-${section}`)).toHaveAttribute('data-refused', 'false');
    }
    await expect(page.getByTestId('profile-traffic-chart')).toHaveAttribute('data-rendered', 'true');
  });
});

test.describe('team lead on the workforce dashboard', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees their teams and no efficiency', async ({ page }) => {
    await page.goto('/analytics/workforce');
    await expect(page.getByTestId('workforce-breakdown-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('workforce-efficiency')).toHaveCount(0);
    const teams = await page.getByTestId('workforce-breakdown-table').locator('tbody tr.ant-table-row td:first-child').allInnerTexts();
    const exported = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes).slice(1);
    expect(exported.map((row) => row[0])).toEqual(teams);
  });
});

test.describe('employee on their own profile', () => {
  test.use({ signedInAs: 'employee' });

  test('sees their own pay and never their own risk', async ({ page, request, baseURL }) => {
    const { viewer } = await queryAs<{ viewer: { employee: { id: string } | null } }>(
      request,
      new URL(baseURL!).origin,
      'employee',
      '{ viewer { employee { id } } }',
    );
    await page.goto(`/employees/${viewer.employee!.id}/profile`);
    await expect(page.getByTestId('profile-pay')).toHaveAttribute('data-refused', 'false');
    await expect(page.getByTestId('profile-risk')).toHaveAttribute('data-refused', 'true');
  });
});
