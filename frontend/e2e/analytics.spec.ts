import { expect, queryAs, test } from './fixtures';
import { AnalyticsPage } from './pages/AnalyticsPage';

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
    // Never one's own score.
    await expect(analytics.rows.locator(`a[href="/employees/${viewer.employee!.id}"]`)).toHaveCount(0);

    await expect(analytics.insightsSection).toHaveCount(0);
    await expect(analytics.modelCard).toHaveCount(0);
  });
});
