import type { Page } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';

/**
 * The organisation, changed in the console: HR opens a department (a taken code is named under
 * its input), a team in it with a lead, renames the team, and adds a position. A recruiter
 * reads the same page with none of it on offer.
 */

async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click();
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}

test.describe('as an HR manager', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('opens a department and a team with a lead, renames the team and adds a position', async ({ page, request, baseURL }) => {
    // The lead: someone of the platform team who leads nothing (a demo user leading a second team would change other specs).
    const origin = new URL(baseURL!).origin;
    const { teams } = await queryAs<{ teams: { edges: { node: { id: string; name: string; lead: { id: string } | null } }[] } }>(
      request, origin, 'hr_manager', '{ teams(first: 100) { edges { node { id name lead { id } } } } }',
    );
    const dataTeam = teams.edges.map((edge) => edge.node).find((team) => team.name === '平台组')!;
    const { employees } = await queryAs<{ employees: { edges: { node: { id: string; employeeNo: string } }[] } }>(
      request, origin, 'hr_manager', 'query($team: ID!) { employees(first: 5, filter: { teamId: $team }) { edges { node { id employeeNo } } } }', { team: dataTeam.id },
    );
    const lead = employees.edges.map((edge) => edge.node).find((member) => member.id !== dataTeam.lead?.id)!;
    const stamp = String(Date.now() % 100000);
    const department = `直播新业务部${stamp}`;
    await page.goto('/org');
    await expect(page.getByTestId('org-page')).toBeVisible();

    await page.getByTestId('department-create').click();
    await page.getByTestId('org-form-name').fill(department);
    await page.getByTestId('org-form-code').fill('HR'); // taken by the demo's HR department
    await page.getByTestId('org-form-submit').click();
    const codeItem = page.getByTestId('org-form').locator('.ant-form-item').filter({ has: page.getByTestId('org-form-code') });
    await expect(codeItem.locator('.ant-form-item-explain-error')).not.toBeEmpty();
    await page.getByTestId('org-form-code').fill(`NEW${stamp}`);
    await page.getByTestId('org-form-submit').click();
    await expect(page.getByTestId('org-form')).toHaveCount(0);
    await expect(page.getByTestId('org-page')).toContainText(department);
    // Its teams only, so the new one is on the first page however many teams there are.
    await page.locator('tr').filter({ hasText: department }).first().click();
    await expect(page).toHaveURL(/[?&]dept=/);

    await page.getByTestId('team-create').click();
    await page.getByTestId('org-form-name').fill(`新团队${stamp}`);
    await choose(page, 'org-form-department', department);
    await page.getByTestId('org-form-lead').click();
    await page.getByTestId('org-form-lead').locator('input').fill(lead.employeeNo);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: lead.employeeNo }).first().click();
    await page.getByTestId('org-form-submit').click();
    await expect(page.getByTestId('org-form')).toHaveCount(0);
    const team = page.getByTestId('team-table').locator('tbody tr').filter({ hasText: `新团队${stamp}` });
    await expect(team).toContainText(department);

    await team.getByTestId('team-edit').click();
    await page.getByTestId('org-form-name').fill(`新团队${stamp}（改名）`);
    await page.getByTestId('org-form-submit').click();
    await expect(page.getByTestId('team-table').locator('tbody tr').filter({ hasText: `新团队${stamp}（改名）` })).toHaveCount(1);

    await page.getByTestId('position-create').click();
    await page.getByTestId('org-form-title').fill(`带货主播${stamp}`);
    await page.getByTestId('org-form-level').fill('P3');
    await page.getByTestId('org-form-host-role').click();
    await page.getByTestId('org-form-submit').click();
    await expect(page.getByTestId('position-table')).toContainText(`带货主播${stamp}`);
  });
});

test.describe('as a recruiter', () => {
  test.use({ signedInAs: 'recruiter' });

  test('reads the organisation with nothing to change', async ({ page }) => {
    await page.goto('/org');
    await expect(page.getByTestId('org-page')).toBeVisible();
    await expect(page.getByTestId('team-table').locator('tbody tr.ant-table-row').first()).toBeVisible();
    for (const action of ['department-create', 'department-edit', 'team-create', 'team-edit', 'position-create']) {
      await expect(page.getByTestId(action)).toHaveCount(0);
    }
  });
});
