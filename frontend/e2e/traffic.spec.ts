import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Every team's id and lead, as the signed-in viewer's org view lists them (through the page's own session). */
async function listTeams(page: Page): Promise<{ id: string; name: string; lead: { id: string } | null }[]> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('hrgraph.accessToken') ?? ''}` },
      body: JSON.stringify({ query: '{ teams(first: 100) { edges { node { id name lead { id } } } } }' }),
    });
    const body = (await response.json()) as { data: { teams: { edges: { node: { id: string; name: string; lead: { id: string } | null } }[] } } };
    return body.data.teams.edges.map((edge) => edge.node);
  });
}

test.describe('a team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('opens Traffic, sees their team with its leaderboard, switches period and opens a host', async ({ page, layout, traffic, employeeDetail }) => {
    await page.goto('/');
    await layout.menu.getByRole('link', { name: '直播数据' }).click();
    await expect(page).toHaveURL(/\/traffic$/);
    await traffic.waitForOverview();

    // A lead sees the team they lead, and only that one.
    await expect(traffic.teamLinks).toHaveCount(1);
    await traffic.openTeam(traffic.teamLinks.first());
    await expect(page).toHaveURL(/\/traffic\/teams\/[^/?]+$/);

    // The last 30 days by day: 30 buckets, and the team streamed on some of them.
    await traffic.waitForCharts();
    await expect(traffic.audienceChart).toHaveAttribute('data-bucket', 'DAY');
    expect(await traffic.chartNumber(traffic.audienceChart, 'points')).toBe(30);
    expect(await traffic.chartNumber(traffic.audienceChart, 'with-data')).toBeGreaterThan(0);
    expect(await traffic.chartNumber(traffic.revenueChart, 'with-data')).toBeGreaterThan(0);
    await traffic.waitForLeaderboard();
    await expect(traffic.leaderboardHosts.first()).toBeVisible();

    // 90 days: the period goes into the URL and the charts redraw by week.
    await traffic.choosePeriod('90d');
    await expect(page).toHaveURL(/[?&]period=90d(&|$)/);
    await expect(traffic.audienceChart).toHaveAttribute('data-bucket', 'WEEK');
    await traffic.waitForCharts();
    const weeks = await traffic.chartNumber(traffic.audienceChart, 'points');
    expect(weeks).toBeGreaterThanOrEqual(13);
    expect(weeks).toBeLessThanOrEqual(14);
    expect(await traffic.chartNumber(traffic.audienceChart, 'with-data')).toBeGreaterThan(0);
    await traffic.waitForLeaderboard();
    const hosts = await traffic.leaderboardHosts.count();
    expect(hosts).toBeGreaterThan(0);

    // A host from the leaderboard: their page keeps the period and shows their totals.
    const host = await traffic.openLeaderboardHost(0);
    await expect(page).toHaveURL(/\/traffic\/hosts\/[^/?]+\?period=90d$/);
    await expect(traffic.summaryCard('liveDays')).toHaveText(/^[1-9]\d* 天$/);
    await expect(traffic.summaryCard('liveHours')).toHaveText(/^[\d,]+\.\d 小时$/);
    await expect(traffic.summaryCard('giftRevenue')).toHaveText(/^¥[\d,]+\.\d{2}$/);
    await expect(traffic.summaryCard('gmv')).toHaveText(/^¥[\d,]+\.\d{2}$/);
    await expect(traffic.summaryCard('peakViewers')).toHaveText(/^[1-9][\d,]*$/);
    await traffic.waitForCharts();
    expect(await traffic.chartNumber(traffic.audienceChart, 'with-data')).toBeGreaterThan(0);

    // The host's employee record links back to their traffic.
    await page.getByRole('link', { name: '员工档案' }).click();
    await employeeDetail.waitForLoaded();
    await expect(employeeDetail.name).toHaveText(host);
    await page.getByTestId('employee-traffic-link').click();
    await expect(page).toHaveURL(/\/traffic\/hosts\/[^/?]+$/);
    await expect(traffic.hostName).toHaveText(host);
  });

  test("cannot open the traffic of a team they do not lead", async ({ page, traffic }) => {
    await traffic.gotoOverview();
    const mine = await traffic.teamLinks.first().getAttribute('href');
    const other = (await listTeams(page)).find((team) => !mine?.includes(encodeURIComponent(team.id)));
    expect(other, 'another team in the org').toBeTruthy();

    await page.goto(`/traffic/teams/${encodeURIComponent(other!.id)}`);
    await expect(page.getByText('该团队不存在，或您无权查看它的直播数据。')).toBeVisible();
    await expect(page.getByTestId('team-traffic-page')).toHaveCount(0);
  });
});

test.describe('an HR manager', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('sees every team and can open any of them, with or without traffic', async ({ page, traffic }) => {
    await traffic.gotoOverview('?period=12m');
    const teams = await listTeams(page);
    await expect(traffic.teamLinks).toHaveCount(teams.length);
    expect(teams.length).toBeGreaterThan(1);

    // The second team by gift revenue: not the lead's necessarily, any team will do.
    await traffic.openTeam(traffic.teamLinks.nth(1));
    await expect(page).toHaveURL(/\/traffic\/teams\/[^/?]+\?period=12m$/);
    await traffic.waitForCharts();
    await expect(traffic.audienceChart).toHaveAttribute('data-bucket', 'MONTH');
    expect(await traffic.chartNumber(traffic.revenueChart, 'with-data')).toBeGreaterThan(0);
    await traffic.waitForLeaderboard();
    await expect(traffic.leaderboardHosts.first()).toBeVisible();

    // A team that does not stream (listed last): it opens, and says there is nothing to chart.
    await page.goBack();
    await traffic.waitForOverview();
    await traffic.openTeam(traffic.teamLinks.last());
    await expect(traffic.chartsEmpty).toContainText('该时段没有直播场次');
    await expect(traffic.leaderboard).toContainText('该时段团队内没有主播开播');
  });
});
