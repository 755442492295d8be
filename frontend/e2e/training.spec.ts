import type { APIRequestContext } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { TrainingPage } from './pages/TrainingPage';

/**
 * Training in the console: HR adds a program (a code already taken is refused under the code
 * field, in the server's words), schedules a session with five seats, books the demo employee on
 * it (the seats say 1 of 5) and records the completion with a score; a plan of the program applied
 * to everyone says how many it enrolled (and none when applied again). A team lead sees only their teams' enrolments
 * (fewer than HR, the same count the API gives them) and no buttons that change anything.
 */

// The tests share the program HR makes, so they run in order, in one worker.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).toUpperCase();
const CODE = `E2E-${stamp}`;
const NAME = `E2E 直播合规 ${stamp}`;
const LOCATION = `E2E 培训室 ${stamp}`;

async function demoEmployee(request: APIRequestContext, origin: string): Promise<{ id: string; name: string }> {
  const data = await queryAs<{ viewer: { employee: { id: string; name: string } | null } }>(request, origin, 'employee', '{ viewer { employee { id name } } }');
  expect(data.viewer.employee, 'the demo employee user has an employee record').toBeTruthy();
  return data.viewer.employee!;
}

async function enrolmentCount(request: APIRequestContext, origin: string, role: 'hr_manager' | 'team_lead'): Promise<number> {
  const data = await queryAs<{ enrolments: { totalCount: number } }>(request, origin, role, '{ enrolments(first: 1) { totalCount } }');
  return data.enrolments.totalCount;
}

/** A weekday about two months ahead, so the session is in the future whenever the spec runs. */
function sessionDay(): string {
  const day = new Date(Date.now() + 60 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('creates a program and a session, enrols an employee and completes it', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const employee = await demoEmployee(request, origin);
    const taken = await queryAs<{ trainingPrograms: { edges: { node: { code: string } }[] } }>(
      request,
      origin,
      'hr_manager',
      '{ trainingPrograms(first: 1) { edges { node { code } } } }',
    );
    const existingCode = taken.trainingPrograms.edges[0]?.node.code;
    expect(existingCode, 'the demo seed has training programs').toBeTruthy();
    const training = new TrainingPage(page);

    await page.goto('/');
    await training.openFromMenu();

    // A code already in the catalogue: the server's error under the code field, the form stays open.
    await training.createProgram(existingCode!, NAME, '2');
    await expect(training.fieldError(training.programForm, 'training-program-code')).toBeVisible();
    await expect(training.programForm).toBeVisible();
    await page.getByTestId('training-program-code').fill(CODE);
    await page.getByTestId('training-program-submit').click();
    await expect(page.getByTestId('training-program-detail-page')).toBeVisible();
    await expect(page.getByRole('heading', { name: NAME })).toBeVisible();

    const day = sessionDay();
    await training.scheduleSession(`${day} 10:00`, `${day} 12:00`, LOCATION, '5');
    const row = training.sessionRow(LOCATION);
    await expect(row.getByTestId('training-session-seats')).toHaveAttribute('data-booked', '0');
    await expect(row.getByTestId('training-session-seats')).toContainText(/0.*5/);

    await training.enrol(LOCATION, employee.name);
    await expect(row.getByTestId('training-session-seats')).toHaveAttribute('data-booked', '1');

    // The program's enrolments: the employee, booked; completed with a score.
    await row.getByRole('link', { name: /报名记录|Enrolments/ }).click();
    await expect(page).toHaveURL(/\/training\/enrolments\?program=/);
    await training.waitForEnrolments();
    const enrolment = training.enrolmentRow(employee.name, NAME);
    await expect(enrolment).toHaveAttribute('data-status', 'ENROLLED');
    await enrolment.getByTestId('enrolment-complete').click();
    await page.getByTestId('enrolment-complete-score').fill('101');
    await page.getByTestId('enrolment-complete-submit').click();
    await expect(page.locator('.ant-modal .ant-form-item-explain-error')).toBeVisible();
    await page.getByTestId('enrolment-complete-score').fill('88.5');
    await page.getByTestId('enrolment-complete-submit').click();
    await expect(enrolment).toHaveAttribute('data-status', 'COMPLETED');
    await expect(enrolment.getByTestId('enrolment-score')).toHaveText('88.5');
    await expect(enrolment.getByTestId('enrolment-complete')).toHaveCount(0);

    // The URL keeps the filter: a status filter of completed still shows the row.
    await page.goto(`/training/enrolments?status=COMPLETED&program=${encodeURIComponent(new URL(page.url()).searchParams.get('program')!)}`);
    await training.waitForEnrolments();
    await expect(training.enrolmentRows()).toHaveCount(1);
  });

  test('applies a plan of the program to everyone and says how many it enrolled', async ({ page }) => {
    const training = new TrainingPage(page);
    await page.goto('/training/plans');
    await expect(page.getByTestId('training-plan-list-page')).toBeVisible();
    await page.getByTestId('training-plan-create').click();
    await page.getByTestId('training-plan-name').fill(`E2E 计划 ${stamp}`);
    await training.choose('training-plan-programs', NAME, CODE);
    await page.keyboard.press('Escape');
    await page.getByTestId('training-plan-submit').click();
    await expect(page.getByTestId('training-plan-form')).toBeHidden();
    const plan = page.getByTestId('training-plan-table').locator('tr.ant-table-row').filter({ hasText: `E2E 计划 ${stamp}` });
    await plan.getByTestId('training-plan-apply').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    const applied = plan.getByTestId('training-plan-applied');
    await expect(applied).toBeVisible();
    // Everyone (no filters) minus the employee who completed it today.
    expect(Number(await applied.getAttribute('data-assigned'))).toBeGreaterThan(0);
    // Applied again: nobody new.
    await plan.getByTestId('training-plan-apply').click();
    await page.locator('.ant-popconfirm .ant-btn-primary').click();
    await expect(applied).toHaveAttribute('data-assigned', '0');
  });
});

test.describe('Team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees only their teams’ enrolments and no write buttons', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const [mine, everyone] = await Promise.all([enrolmentCount(request, origin, 'team_lead'), enrolmentCount(request, origin, 'hr_manager')]);
    expect(mine, 'the lead’s teams have enrolments').toBeGreaterThan(0);
    expect(mine).toBeLessThan(everyone);
    const training = new TrainingPage(page);

    await page.goto('/');
    await training.openFromMenu();
    await expect(page.getByTestId('training-program-create')).toHaveCount(0);
    await expect(page.getByTestId('training-program-edit')).toHaveCount(0);

    await page.goto('/training/enrolments');
    await training.waitForEnrolments();
    await expect(training.enrolmentRows().first()).toBeVisible();
    await expect(page.locator('.ant-pagination-total-text')).toContainText(String(mine));
    await expect(page.getByTestId('enrolment-complete')).toHaveCount(0);
    await expect(page.getByTestId('enrolment-cancel')).toHaveCount(0);
    await expect(page.getByTestId('enrolment-no-show')).toHaveCount(0);

    await page.goto('/training/plans');
    await expect(page.getByTestId('training-plan-table').locator('tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('training-plan-create')).toHaveCount(0);
    await expect(page.getByTestId('training-plan-apply')).toHaveCount(0);
  });
});
