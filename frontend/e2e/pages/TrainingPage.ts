import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The training pages: `/training` (catalogue), `/training/programs/:id` (a program's sessions and
 * seats, editing them, assigning the program), `/training/plans` and `/training/enrolments` (filters in the URL).
 */
export class TrainingPage {
  readonly programForm: Locator;
  readonly sessionForm: Locator;
  readonly assignForm: Locator;
  readonly sessionTable: Locator;
  readonly enrolmentTable: Locator;

  constructor(private readonly page: Page) {
    this.programForm = page.getByTestId('training-program-form');
    this.sessionForm = page.getByTestId('training-session-form');
    this.assignForm = page.getByTestId('training-assign-form');
    this.sessionTable = page.getByTestId('training-session-table');
    this.enrolmentTable = page.getByTestId('enrolment-table');
  }

  async openFromMenu(): Promise<void> {
    await this.page.getByTestId('side-menu').getByRole('link', { name: /^(培训|Training)$/ }).click();
    await expect(this.page.getByTestId('training-program-list-page')).toBeVisible();
  }

  /** An antd date(-time) picker: types the value as its format shows it and confirms. */
  async pickDate(testId: string, value: string): Promise<void> {
    const input = this.page.locator(`[data-testid="${testId}"] input, input[data-testid="${testId}"]`).first();
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await expect(input).toHaveValue(value);
  }

  /** Picks the option of an antd select that shows `label` (searching for it when the select is searchable). */
  async choose(testId: string, label: string | RegExp, search?: string): Promise<void> {
    const select = this.page.getByTestId(testId);
    await select.click();
    if (search) await select.locator('input').fill(search);
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click();
  }

  async createProgram(code: string, name: string, hours: string): Promise<void> {
    await this.page.getByTestId('training-program-create').click();
    await expect(this.programForm).toBeVisible();
    await this.page.getByTestId('training-program-code').fill(code);
    await this.page.getByTestId('training-program-name').fill(name);
    await this.page.locator('[data-testid="training-program-hours"] input, input[data-testid="training-program-hours"]').first().fill(hours);
    await this.page.getByTestId('training-program-submit').click();
  }

  /** The error antd shows under a form field (the server's words for that field). */
  fieldError(form: Locator, inputTestId: string): Locator {
    return form.locator('.ant-form-item').filter({ has: this.page.getByTestId(inputTestId) }).locator('.ant-form-item-explain-error');
  }

  async scheduleSession(starts: string, ends: string, location: string, capacity: string): Promise<void> {
    await this.page.getByTestId('training-session-create').click();
    await expect(this.page.getByTestId('training-session-form')).toBeVisible();
    await this.pickDate('training-session-starts', starts);
    await this.pickDate('training-session-ends', ends);
    await this.page.getByTestId('training-session-location').fill(location);
    await this.fillCapacity(capacity);
    await this.page.getByTestId('training-session-submit').click();
    await expect(this.sessionForm).toBeHidden();
  }

  /** The session form's capacity (an antd number input). */
  capacityInput(): Locator {
    return this.page.locator('[data-testid="training-session-capacity"] input, input[data-testid="training-session-capacity"]').first();
  }

  async fillCapacity(capacity: string): Promise<void> {
    await this.capacityInput().fill(capacity);
  }

  /** Opens the edit form of the session at `location`, prefilled with it. */
  async openSessionEdit(location: string): Promise<void> {
    await this.sessionRow(location).getByTestId('training-session-edit').click();
    await expect(this.sessionForm).toBeVisible();
    await expect(this.page.getByTestId('training-session-location')).toHaveValue(location);
  }

  /** Saves the open session form; the caller checks whether it closed or shows an error. */
  async saveSession(): Promise<void> {
    await this.page.getByTestId('training-session-submit').click();
  }

  sessionRow(location: string): Locator {
    return this.sessionTable.locator('tr.ant-table-row').filter({ hasText: location });
  }

  async enrol(location: string, employeeName: string): Promise<void> {
    await this.sessionRow(location).getByTestId('training-session-enrol').click();
    await this.choose('training-enrol-employee', employeeName, employeeName);
    await this.page.getByTestId('training-enrol-submit').click();
  }

  /** Closes the open form without saving. */
  async cancelForm(): Promise<void> {
    await this.page.locator('.ant-modal-footer:visible').getByRole('button', { name: /取\s*消|Cancel/ }).click();
  }

  /** Assigns the program on its detail page to the employee found by `search`, due on `dueOn` (YYYY-MM-DD) if given. */
  async assign(search: string, dueOn?: string): Promise<void> {
    await this.page.getByTestId('training-program-assign').click();
    await expect(this.assignForm).toBeVisible();
    await this.choose('training-assign-employee', search, search);
    if (dueOn) await this.pickDate('training-assign-due', dueOn);
    await this.page.getByTestId('training-assign-submit').click();
  }

  enrolmentRows(): Locator {
    return this.enrolmentTable.locator('tr.ant-table-row');
  }

  enrolmentRow(employee: string, program: string): Locator {
    return this.enrolmentTable.locator(`tr.ant-table-row[data-employee="${employee}"][data-program="${program}"]`);
  }

  /** Waits for the enrolment table to show the server's answer for the current URL. */
  async waitForEnrolments(): Promise<void> {
    await expect(this.enrolmentTable).toHaveAttribute('data-ready', 'true');
  }
}
