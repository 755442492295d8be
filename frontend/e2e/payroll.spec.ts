import { readFile } from 'node:fs/promises';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { CommissionPlanPage } from './pages/CommissionPlanPage';
import { MyPayslipsPage } from './pages/MyPayslipsPage';
import { PayrollPage } from './pages/PayrollPage';

/**
 * Payroll from finance's totals down to a host's explained lines, the plans behind them, and the
 * payslip a host reads on a phone: finance opens last month's run (the seed leaves it computed,
 * waiting to be locked; without seeded payroll the spec creates it), drills from a team to a
 * payslip's lines, exports the CSV and locks the run; HR breaks a ladder rung in the standard plan
 * and sees the error on that rung, then previews it fixed; the demo employee reads their payslips.
 */
test.describe.configure({ mode: 'serial' });

const CSV_HEADER = 'employee_no,name,department,team,month,base,commission,adjustments,gross,run_status';
const STANDARD_PLAN = '主播标准方案 Host standard';

interface RunsData {
  payrollRuns: { edges: { node: { id: string; month: string; status: string; scope: string } }[] };
}

/** The first day of last month in the company's time zone (Asia/Shanghai). */
function lastMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [year, month] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 10);
}

async function latestRun(request: APIRequestContext, origin: string) {
  const data = await queryAs<RunsData>(request, origin, 'finance', '{ payrollRuns(first: 5) { edges { node { id month status scope } } } }');
  return data.payrollRuns.edges.map((edge) => edge.node).find((run) => run.scope === 'all') ?? null;
}

async function demoEmployeeName(request: APIRequestContext, origin: string): Promise<string> {
  const data = await queryAs<{ viewer: { employee: { name: string } | null } }>(request, origin, 'employee', '{ viewer { employee { name } } }');
  if (!data.viewer.employee) throw new Error('the demo employee login has no employee record');
  return data.viewer.employee.name;
}

/** Nothing sticks out sideways: the page fits the phone's width. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width on a 390 px screen').toBeLessThanOrEqual(clientWidth);
}

test.describe('finance', () => {
  test.use({ signedInAs: 'finance' });

  test('opens the month, drills from a team to a payslip explained line by line, exports the CSV and locks the run', async ({ page, baseURL, request, layout }) => {
    const payroll = new PayrollPage(page);
    const origin = new URL(baseURL!).origin;
    const seeded = await latestRun(request, origin);

    await page.goto('/');
    await layout.menu.getByRole('link', { name: '薪资核算' }).click();
    await expect(page).toHaveURL(/\/payroll$/);
    await payroll.waitForRuns();

    if (seeded && seeded.status !== 'LOCKED') {
      await payroll.runLink(seeded.month).first().click();
      await payroll.waitForRun();
    } else {
      // No seeded run waiting to be locked: finance creates last month's.
      await payroll.createRun(lastMonth());
    }
    await expect(payroll.status()).toHaveAttribute('data-status', 'COMPUTED');
    const runUrl = page.url().split('?')[0]!;

    // From the team totals to a team's payslips.
    const team = payroll.teamRows.filter({ has: page.getByTestId('payroll-team-link') }).first();
    const teamCount = (await team.locator('td').nth(1).innerText()).trim();
    await payroll.chooseTeam(team);
    await expect(payroll.payslipTable).toHaveAttribute('data-total', teamCount);

    // A payslip's lines: what each is, its amount, and the working.
    const first = payroll.payslipRows.first();
    const name = (await first.getByTestId('payslip-employee').innerText()).trim();
    const detail = await payroll.openPayslip(first);
    const lines = detail.getByTestId('payslip-line');
    expect(await lines.count()).toBeGreaterThan(1);
    await expect(detail.locator('[data-testid="payslip-line"][data-kind="base"]')).toBeVisible();
    for (const explanation of await detail.getByTestId('payslip-line-explanation').allInnerTexts()) expect(explanation.trim()).not.toBe('');
    // Every line past the base shows its working: the inputs, the rule, and "-> amount".
    await expect(detail.locator('[data-testid="payslip-line"]:not([data-kind="base"])').first().getByTestId('payslip-line-explanation')).toContainText('->');
    await expect(detail.getByTestId('payslip-lines-total')).toHaveText(/^¥[\d,]+\.\d{2}$/);

    // Search by name, kept in the URL.
    await payroll.search(name);
    await expect(payroll.payslipRows.getByTestId('payslip-employee').first()).toHaveText(name);

    // The CSV export: the header row, then a row per payslip.
    const download = await payroll.export('csv');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
    const rows = csv.split(/\r?\n/).filter(Boolean);
    expect(rows[0]).toBe(CSV_HEADER);
    expect(rows.length).toBeGreaterThan(1);

    await page.goto(runUrl);
    await payroll.waitForRun();
    await payroll.lock();
    await expect(page.getByTestId('payroll-run-lock')).toBeDisabled();
    await expect(page.getByTestId('payroll-run-recompute')).toBeDisabled();
  });
});

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('breaks a ladder rung, sees the error on that rung, and previews the plan fixed', async ({ page, baseURL, request, layout }) => {
    const plans = new CommissionPlanPage(page);
    const host = await demoEmployeeName(request, new URL(baseURL!).origin);

    await page.goto('/');
    await layout.menu.getByRole('link', { name: '提成方案' }).click();
    await plans.openPlan(STANDARD_PLAN);

    const rung = plans.rung(1);
    const percent = rung.getByTestId('plan-rung-percent');
    await expect(percent).toHaveValue('3');
    await percent.fill('300');

    await plans.choosePreviewHost(host);
    await plans.runPreview();
    await expect(plans.preview.getByTestId('plan-preview-errors')).toContainText('rules.1.rungs.1.percent');
    await expect(plans.fieldOf(rung, 'plan-rung-percent').locator('.ant-form-item-explain-error')).toContainText('300');

    // Saving it is refused the same way, and the error stays on the rung.
    await page.getByTestId('plan-save').click();
    await expect(plans.fieldOf(rung, 'plan-rung-percent').locator('.ant-form-item-explain-error')).toContainText('300');

    await percent.fill('3');
    await plans.runPreview();
    const result = plans.preview.getByTestId('plan-preview-result');
    await expect(result).toBeVisible();
    await expect(plans.fieldOf(rung, 'plan-rung-percent').locator('.ant-form-item-explain-error')).toHaveCount(0);
    await expect(result.locator('[data-testid="payslip-line"][data-kind="ladder"]')).toBeVisible();
    await expect(result.locator('[data-testid="payslip-line"][data-kind="ladder"]').getByTestId('payslip-line-explanation')).toContainText('rung');
    await expect(result.getByTestId('plan-preview-lines-total')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  });
});

test.describe('employee on a phone', () => {
  test.use({ signedInAs: 'employee', viewport: { width: 390, height: 844 } });

  test('reads their payslips month by month with the working of each line', async ({ page }) => {
    const mine = new MyPayslipsPage(page);
    await page.goto('/');
    await page.getByRole('button', { name: '展开菜单' }).click();
    await page.getByTestId('side-menu').getByRole('link', { name: '我的工资单' }).click();
    await expect(page).toHaveURL(/\/me\/payslips$/);
    await mine.waitForLoaded();

    await expect(mine.months.first().getByTestId('my-payslip-gross')).toHaveText(/^¥[\d,]+\.\d{2}$/);
    const lines = mine.openLines();
    await expect(lines.first()).toBeVisible();
    expect(await lines.count()).toBeGreaterThan(1);
    await expect(lines.first().getByTestId('payslip-line-explanation')).not.toBeEmpty();
    await expectNoSidewaysScroll(page);
  });
});
