import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** `/payroll` (the runs) and `/payroll/:id` (one run: totals, teams, payslips and their explained lines). */
export class PayrollPage {
  readonly runTable: Locator;
  readonly runPage: Locator;
  readonly teamRows: Locator;
  readonly payslipTable: Locator;
  readonly payslipRows: Locator;

  constructor(private readonly page: Page) {
    this.runTable = page.getByTestId('payroll-run-table');
    this.runPage = page.getByTestId('payroll-run-page');
    this.teamRows = page.getByTestId('payroll-team-table').locator('tbody tr[data-testid="payroll-team-row"]');
    this.payslipTable = page.getByTestId('payslip-table');
    this.payslipRows = this.payslipTable.locator('tbody tr.ant-table-row');
  }

  async waitForRuns(): Promise<void> {
    await expect(this.page.getByTestId('payroll-run-list-page')).toBeVisible();
    await expect(this.runTable).toHaveAttribute('data-ready', 'true');
  }

  /** The run of `month` (`YYYY-MM-01`) in the list. */
  runLink(month: string): Locator {
    return this.runTable.locator(`[data-testid="payroll-run-link"][data-month="${month}"]`);
  }

  /** Creates and computes the run of a month through the "New run" form; ends on the run's page. */
  async createRun(month: string): Promise<void> {
    await this.page.getByTestId('payroll-run-create').click();
    const picker = this.page.getByTestId('payroll-run-create-month');
    await picker.click();
    await picker.fill(month.slice(0, 7));
    await picker.press('Enter');
    await this.page.getByTestId('payroll-run-create-submit').click();
    await this.waitForRun();
  }

  async waitForRun(): Promise<void> {
    await expect(this.runPage).toBeVisible();
    await this.waitForPayslips();
  }

  async waitForPayslips(): Promise<void> {
    await expect(this.payslipTable).toHaveAttribute('data-ready', 'true');
    await expect(this.payslipRows.first()).toBeVisible();
  }

  status(): Locator {
    return this.runPage.getByTestId('payroll-run-status').first();
  }

  /** Clicks a team in the team totals; the payslips below are then that team's. */
  async chooseTeam(row: Locator): Promise<void> {
    const teamId = await row.getAttribute('data-team-id');
    await row.click();
    await expect(this.page).toHaveURL(new RegExp(`[?&]team=${encodeURIComponent(teamId ?? '')}(&|$)`));
    await expect(this.page.getByTestId('payslip-team-filter')).toBeVisible();
    await this.waitForPayslips();
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByTestId('payslip-search');
    await box.fill(text);
    await box.press('Enter');
    await expect(this.page).toHaveURL(/[?&]q=/);
    await this.waitForPayslips();
  }

  /** Expands a payslip row to its explained lines and returns the panel. */
  async openPayslip(row: Locator): Promise<Locator> {
    await row.click();
    const detail = this.payslipTable.getByTestId('payslip-detail').first();
    await expect(detail).toBeVisible();
    return detail;
  }

  async export(format: 'csv' | 'xlsx'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`payroll-export-${format}`).click();
    return download;
  }

  async lock(): Promise<void> {
    await this.page.getByTestId('payroll-run-lock').click();
    await this.page.getByTestId('payroll-run-lock-confirm').click();
    await expect(this.status()).toHaveAttribute('data-status', 'LOCKED');
  }
}
