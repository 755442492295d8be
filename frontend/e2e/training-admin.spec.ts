import type { APIRequestContext } from '@playwright/test';
import { expect, queryAs, test } from './fixtures';
import { TrainingPage } from './pages/TrainingPage';

/**
 * HR's weekly training chores on a program's page: editing a session of a program HR made (a new
 * room and more seats, seen in its row; fewer seats than booked is refused under the capacity field
 * and changes nothing on the server) and assigning a program to one employee without a session (the
 * enrolment shows in the program's enrolments; a second one is refused under the employee). A team
 * lead sees the sessions but no button that changes them.
 */

const stamp = Date.now().toString(36).toUpperCase();
const CODE = `E2E-ADM-${stamp}`;
const NAME = `E2E 场次管理 ${stamp}`;
const LOCATION = `E2E 一号教室 ${stamp}`;
const NEW_LOCATION = `E2E 二号教室 ${stamp}`;
const ASSIGN_CODE = `E2E-ASG-${stamp}`;
const ASSIGN_NAME = `E2E 指派课程 ${stamp}`;

// Two bookings in one request (each API call signs in afresh, which is the slow part).
const ENROL_TWO = `mutation($first: EnrolmentEnrolInput!, $second: EnrolmentEnrolInput!) {
  first: enrolmentEnrol(input: $first) { errors { code message } }
  second: enrolmentEnrol(input: $second) { errors { code message } }
}`;
const CREATE_PROGRAM = 'mutation($input: TrainingProgramCreateInput!) { trainingProgramCreate(input: $input) { program { id } errors { code message } } }';

interface Person {
  id: string;
  name: string;
  employeeNo: string;
}

interface Session {
  id: string;
  location: string;
  capacity: number | null;
}

/**
 * Three active employees the other specs do not look at: not the demo employee, and outside the
 * team lead's teams (training.spec compares the lead's enrolment count with what the page shows).
 */
async function bystanders(request: APIRequestContext, origin: string): Promise<Person[]> {
  const query = '{ employees(first: 100, filter: { status: [ACTIVE] }) { edges { node { id name employeeNo } } } }';
  type Employees = { employees: { edges: { node: Person }[] } };
  const [everyone, lead, self] = await Promise.all([
    queryAs<Employees>(request, origin, 'hr_manager', query),
    queryAs<Employees>(request, origin, 'team_lead', query),
    queryAs<{ viewer: { employee: { id: string } | null } }>(request, origin, 'employee', '{ viewer { employee { id } } }'),
  ]);
  const taken = new Set([...lead.employees.edges.map((edge) => edge.node.id), self.viewer.employee?.id]);
  const people = everyone.employees.edges.map((edge) => edge.node).filter((person) => !taken.has(person.id));
  // Distinct names, since the enrolment list tells rows apart by name; the last ones, furthest from other specs' picks.
  const unique = people.filter((person) => people.filter((other) => other.name === person.name).length === 1).slice(-3);
  expect(unique, 'the demo has three active employees outside the lead’s teams').toHaveLength(3);
  return unique;
}

async function sessionsOf(request: APIRequestContext, origin: string, programId: string): Promise<Session[]> {
  const data = await queryAs<{ trainingSessions: { edges: { node: Session }[] } }>(
    request,
    origin,
    'hr_manager',
    'query($programId: ID!) { trainingSessions(first: 10, filter: { programId: $programId }) { edges { node { id location capacity } } } }',
    { programId },
  );
  return data.trainingSessions.edges.map((edge) => edge.node);
}

/** A weekday about two months ahead, so the session is in the future whenever the spec runs. */
function sessionDay(): string {
  const day = new Date(Date.now() + 60 * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** Mutations as HR through the API, for the facts a test needs but does not exercise; no payload may carry errors. */
async function mutateAsHr<T extends Record<string, { errors: unknown[] }>>(request: APIRequestContext, origin: string, document: string, variables: Record<string, unknown>): Promise<T> {
  const data = await queryAs<T>(request, origin, 'hr_manager', document, variables);
  for (const [field, payload] of Object.entries(data)) expect(payload.errors, field).toEqual([]);
  return data;
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('edits a session and is refused fewer seats than booked', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const [first, second] = await bystanders(request, origin);
    const training = new TrainingPage(page);

    await page.goto('/training');
    await expect(page.getByTestId('training-program-list-page')).toBeVisible();
    await training.createProgram(CODE, NAME, '2');
    await expect(page.getByRole('heading', { name: NAME })).toBeVisible();
    const programId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const day = sessionDay();
    await training.scheduleSession(`${day} 10:00`, `${day} 12:00`, LOCATION, '5');

    // Two seats booked (booking from the page is training.spec's).
    const [session] = await sessionsOf(request, origin, programId);
    await mutateAsHr(request, origin, ENROL_TWO, {
      first: { employeeId: first!.id, sessionId: session!.id },
      second: { employeeId: second!.id, sessionId: session!.id },
    });
    await page.reload();
    await expect(training.sessionRow(LOCATION).getByTestId('training-session-seats')).toHaveAttribute('data-booked', '2');

    // A new room and more seats: the row shows both.
    await training.openSessionEdit(LOCATION);
    await expect(training.capacityInput()).toHaveValue('5');
    await page.getByTestId('training-session-location').fill(NEW_LOCATION);
    await training.fillCapacity('8');
    await training.saveSession();
    await expect(training.sessionForm).toBeHidden();
    const row = training.sessionRow(NEW_LOCATION);
    await expect(row.getByTestId('training-session-seats')).toContainText(/2.*8/);
    await expect(training.sessionRow(LOCATION)).toHaveCount(0);

    // One seat for two booked: refused under the capacity field, the form keeps what was typed.
    await training.openSessionEdit(NEW_LOCATION);
    await training.fillCapacity('1');
    await training.saveSession();
    await expect(training.fieldError(training.sessionForm, 'training-session-capacity')).toHaveText(/已有 2 人报名|2 people are already booked/);
    await expect(training.sessionForm).toBeVisible();
    await expect(training.capacityInput()).toHaveValue('1');
    await training.cancelForm();
    await expect(training.sessionForm).toBeHidden();
    await expect(row.getByTestId('training-session-seats')).toContainText(/2.*8/);
    expect(await sessionsOf(request, origin, programId)).toEqual([{ id: session!.id, location: NEW_LOCATION, capacity: 8 }]);
  });

  test('assigns the program to an employee, once', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const [, , person] = await bystanders(request, origin);
    const { trainingProgramCreate } = await mutateAsHr<{ trainingProgramCreate: { program: { id: string }; errors: unknown[] } }>(request, origin, CREATE_PROGRAM, {
      input: { code: ASSIGN_CODE, name: ASSIGN_NAME, category: 'COMPLIANCE', hours: '1', costPerHead: '0' },
    });
    const { program } = trainingProgramCreate;
    const training = new TrainingPage(page);
    await page.goto(`/training/programs/${encodeURIComponent(program.id)}`);
    await expect(page.getByRole('heading', { name: ASSIGN_NAME })).toBeVisible();

    // No session yet, a due day.
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await training.assign(person!.employeeNo, due);
    await expect(training.assignForm).toBeHidden();

    // The same again: they already have it open, said under the employee.
    await training.assign(person!.employeeNo);
    await expect(training.fieldError(training.assignForm, 'training-assign-employee')).toHaveText(/已有这门课程的未完成报名|already has an open enrolment in this program/);
    await training.cancelForm();

    await page.getByTestId('training-program-enrolments').click();
    await expect(page).toHaveURL(/\/training\/enrolments\?program=/);
    await training.waitForEnrolments();
    await expect(training.enrolmentRows()).toHaveCount(1);
    await expect(training.enrolmentRow(person!.name, ASSIGN_NAME)).toHaveAttribute('data-status', 'ASSIGNED');
    const assigned = await queryAs<{ enrolments: { edges: { node: { status: string; dueOn: string | null; session: { id: string } | null } }[] } }>(
      request,
      origin,
      'hr_manager',
      'query($programId: ID!) { enrolments(first: 5, filter: { programId: $programId }) { edges { node { status dueOn session { id } } } } }',
      { programId: program.id },
    );
    expect(assigned.enrolments.edges.map((edge) => edge.node)).toEqual([{ status: 'ASSIGNED', dueOn: due, session: null }]);
  });
});

test.describe('Team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees a program’s sessions but no Edit or Assign', async ({ page, baseURL, request }) => {
    const origin = new URL(baseURL!).origin;
    const data = await queryAs<{ trainingSessions: { edges: { node: { program: { id: string } | null } }[] } }>(
      request,
      origin,
      'team_lead',
      '{ trainingSessions(first: 1) { edges { node { program { id } } } } }',
    );
    const programId = data.trainingSessions.edges[0]?.node.program?.id;
    expect(programId, 'the demo seed has training sessions').toBeTruthy();
    const training = new TrainingPage(page);

    await page.goto(`/training/programs/${encodeURIComponent(programId!)}`);
    await expect(page.getByTestId('training-program-detail-page')).toBeVisible();
    await expect(training.sessionTable.locator('tr.ant-table-row').first()).toBeVisible();
    await expect(page.getByTestId('training-program-enrolments')).toBeVisible();
    await expect(page.getByTestId('training-session-edit')).toHaveCount(0);
    await expect(page.getByTestId('training-program-assign')).toHaveCount(0);
    await expect(page.getByTestId('training-session-enrol')).toHaveCount(0);
    await expect(page.getByTestId('training-session-create')).toHaveCount(0);
  });
});
