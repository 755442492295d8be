import { expect, queryAs, test } from './fixtures';
import { ListExport } from './pages/ListExport';

/**
 * Automation: HR opens the rules from the menu, sees each rule's last run and outcome, opens one
 * to its run log (the demo seed ran every rule some months ago and today) and its outcome with n;
 * a dry run says who would be acted on, and running it again now acts on nobody twice. The HR
 * tasks the rules created are listed and can be completed. A team lead has no automation menu
 * and is refused the page.
 */

// The seeded rules are the enabled ones: automation-rules.spec.ts adds disabled rules of its own meanwhile.
const RULES = `{ automationRules(first: 10, enabled: true) { edges { node { id name runs(first: 50) { edges { node { id } } } } } } }`;

interface Rules {
  automationRules: { edges: { node: { id: string; name: string; runs: { edges: unknown[] } } }[] };
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('sees the rules with their outcome, runs one twice without acting twice, and completes a task', async ({ page, request, baseURL }) => {
    const before = await queryAs<Rules>(request, baseURL!, 'hr_manager', RULES);
    expect(before.automationRules.edges).toHaveLength(3);
    const risk = before.automationRules.edges.find((edge) => /25%/.test(edge.node.name))!.node;

    await page.goto('/');
    await page.getByTestId('side-menu').getByRole('link', { name: /自动化|Automation/ }).click();
    await expect(page.getByTestId('automation-rule-list-page')).toBeVisible();
    const table = page.getByTestId('automation-rule-table');
    await expect(table).toHaveAttribute('data-ready', 'true');
    await expect(table.locator('tbody tr.ant-table-row').filter({ hasNot: page.getByTestId('automation-rule-disabled') })).toHaveCount(3);
    await expect(table.getByTestId('automation-last-run')).toHaveCount(3);
    await expect(table.getByTestId('automation-outcome-cell').first()).toContainText(/n = \d+|n = \d+/);

    await table.getByTestId('automation-rule-link').filter({ hasText: risk.name }).click();
    await expect(page.getByTestId('automation-rule-detail-page')).toBeVisible();
    const runs = page.locator('[data-testid="automation-run-table"] tbody tr.ant-table-row');
    await expect(runs).toHaveCount(risk.runs.edges.length);
    await expect(page.getByTestId('automation-outcome-method')).not.toBeEmpty();
    await expect(page.getByTestId('automation-outcome-groups').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('automation-outcome-attrition')).toContainText(/n = |样本太少|Too few|95%/);

    // The seed already ran it today: a dry run has nobody to act on, and a real run acts on nobody twice.
    await page.getByTestId('automation-dry-run').click();
    await expect(page.getByTestId('automation-dry-run-empty')).toBeVisible();
    await page.getByTestId('automation-dry-run-result').locator('.ant-modal-close').click();
    await expect(page.getByTestId('automation-dry-run-empty')).toBeHidden();
    await page.getByTestId('automation-run-now').click();
    await expect(runs).toHaveCount(risk.runs.edges.length + 1);
    const newest = runs.first().locator('td');
    await expect(newest.nth(3)).toHaveText('0'); // acted
    // skipped: both of its actions for everyone it matched (done earlier today, or cooling down)
    expect(Number(await newest.nth(4).innerText())).toBe(2 * Number(await newest.nth(2).innerText()));

    // The tasks the rules created: open first; completing one takes it off the open list.
    await page.getByTestId('automation-nav').getByText(/HR 任务|HR tasks/).click();
    await expect(page.getByTestId('hr-task-list-page')).toBeVisible();
    const tasks = page.locator('[data-testid="hr-task-table"] tbody tr.ant-table-row');
    await expect(page.getByTestId('hr-task-table')).toHaveAttribute('data-ready', 'true');
    const count = page.getByTestId('hr-task-count');
    await expect(count).toHaveAttribute('data-count', /^\d+$/);
    const open = Number(await count.getAttribute('data-count'));
    expect(open).toBeGreaterThan(0);
    await expect(tasks.first().getByTestId('hr-task-status')).toHaveText(/待处理|Open/);
    // The export holds every open task (not only the page shown), in the table's words.
    const [header, ...exported] = ListExport.parseCsv((await new ListExport(page).download('csv')).bytes);
    expect(header).toEqual(['任务', '工号', '员工', '截止日期', '负责人', '状态', '说明']);
    expect(exported).toHaveLength(open);
    expect(new Set(exported.map((row) => row[5]))).toEqual(new Set(['待处理']));

    await tasks.first().getByTestId('hr-task-complete').click();
    await expect(count).toHaveAttribute('data-count', String(open - 1));
    await page.getByTestId('hr-task-filter').getByText(/已完成|Done/).click();
    await expect(tasks.first().getByTestId('hr-task-status')).toHaveText(/已完成|Done/);
  });
});

test.describe('team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('has no automation menu and is refused the page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('side-menu')).toBeVisible();
    await expect(page.getByTestId('side-menu').getByRole('link', { name: /自动化|Automation/ })).toHaveCount(0);
    await page.goto('/automation');
    await expect(page.locator('.ant-result-403')).toBeVisible();
    await expect(page.getByTestId('automation-rule-list-page')).toHaveCount(0);
  });
});
