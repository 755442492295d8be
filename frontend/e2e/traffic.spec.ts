import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Org {
  me: { id: string; isHost: boolean } | null;
  teams: { id: string; name: string; lead: { id: string } | null }[];
}

/** The viewer's employee and every team with its lead, as the org view lists them (through the page's own session). */
async function org(page: Page): Promise<Org> {
  return page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${localStorage.getItem('hrgraph.accessToken') ?? ''}` },
      body: JSON.stringify({ query: '{ viewer { employee { id isHost } } teams(first: 100) { edges { node { id name lead { id } } } } }' }),
    });
    const body = (await response.json()) as {
      data: { viewer: { employee: Org['me'] }; teams: { edges: { node: Org['teams'][number] }[] } };
    };
    return { me: body.data.viewer.employee, teams: body.data.teams.edges.map((edge) => edge.node) };
  });
}

async function listTeams(page: Page): Promise<Org['teams']> {
  return (await org(page)).teams;
}

test.describe('a team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('opens Traffic and lands on their team with its leaderboard, switches period and opens a host', async ({ page, layout, traffic, employeeDetail }) => {
    await page.goto('/');
    const { me, teams } = await org(page);
    const led = teams.filter((team) => team.lead?.id === me?.id);
    expect(led, 'the demo lead leads one team').toHaveLength(1);

    // Their row scope is their team: Traffic opens on it, with no company view to go "back" to.
    await layout.menu.getByRole('link', { name: '直播数据' }).click();
    await expect(page).toHaveURL(`/traffic/teams/${encodeURIComponent(led[0]!.id)}`);
    await expect(page.getByTestId('team-traffic-page')).toBeVisible();
    await expect(traffic.teamName).toHaveText(led[0]!.name);
    await expect(page.getByRole('button', { name: '返回直播数据' })).toHaveCount(0);

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

  test("cannot open the traffic of a team they do not lead", async ({ page }) => {
    await page.goto('/traffic');
    await expect(page.getByTestId('team-traffic-page')).toBeVisible();
    const mine = new URL(page.url()).pathname;
    const other = (await listTeams(page)).find((team) => !mine.endsWith(encodeURIComponent(team.id)));
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

test.describe('an employee', () => {
  test.use({ signedInAs: 'employee' });

  test('opens Traffic and lands on their own host page, the period kept', async ({ page, traffic }) => {
    await page.goto('/');
    const { me } = await org(page);
    expect(me?.isHost, 'the demo employee is a host').toBe(true);

    await page.goto('/traffic?period=90d');
    await expect(page).toHaveURL(`/traffic/hosts/${encodeURIComponent(me!.id)}?period=90d`);
    await expect(page.getByTestId('host-traffic-page')).toBeVisible();
    await traffic.waitForCharts();
    await expect(traffic.teamTable).toHaveCount(0);
    await expect(page.getByRole('button', { name: '返回直播数据' })).toHaveCount(0);
  });
});
