import { expect, queryAs, test } from './fixtures';
import { AutomationPage } from './pages/AutomationPage';

/**
 * HR creates an automation rule in the console and deletes it. The rule is created disabled, so
 * it never acts while the suite runs, under a stamped name (the seeded rules other specs read
 * stay as they are), with a task, an alert and a training plan as its actions. A bad parameter
 * is refused under its field, nested action paths included, and nothing is written; the good
 * rule opens on its page. Deleting disables it and keeps it.
 * A team lead (no automation.manage) gets neither button.
 */

const RULES = `{ automationRules(first: 100) { edges { node { id name enabled triggerKind triggerParams cooldownDays actions { kind params } } } } }`;
const DISABLES = `query($actor: String!) { auditEvents(first: 1, filter: { action: "automation_rule.disable", actor: $actor }) { totalCount } }`;

interface Rule {
  id: string;
  name: string;
  enabled: boolean;
  triggerKind: string;
  triggerParams: unknown;
  cooldownDays: number;
  actions: { kind: string; params: Record<string, unknown> }[];
}

interface Rules {
  automationRules: { edges: { node: Rule }[] };
}

async function rulesNamed(request: Parameters<typeof queryAs>[0], baseURL: string, name: string): Promise<Rule[]> {
  const { automationRules } = await queryAs<Rules>(request, baseURL, 'hr_manager', RULES);
  return automationRules.edges.map((edge) => edge.node).filter((rule) => rule.name === name);
}

async function disablesBy(request: Parameters<typeof queryAs>[0], baseURL: string): Promise<number> {
  const found = await queryAs<{ auditEvents: { totalCount: number } }>(request, baseURL, 'admin', DISABLES, { actor: 'hr@demo.hrgraph.local' });
  return found.auditEvents.totalCount;
}

test.describe('HR', () => {
  test.use({ signedInAs: 'hr_manager' });

  test('creates a disabled rule after a refused bad parameter, then deletes it, which keeps it disabled', async ({ page, request, baseURL }) => {
    const automation = new AutomationPage(page);
    const name = `E2E 合同提醒 ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

    await automation.gotoList();
    await automation.openNewRule();
    const form = automation.form;
    await automation.input('automation-form-name').fill(name);
    await automation.choose(form.getByTestId('automation-form-trigger-kind'), /合同即将到期|Contract ending soon/);
    await automation.input('automation-form-days').fill('400');
    const task = automation.action(0);
    await automation.input('automation-form-task-title', task).fill('E2E 续签沟通');
    await automation.input('automation-form-due-days', task).fill('900');
    await form.getByTestId('automation-form-action-add').click();
    const alert = automation.action(1);
    await automation.choose(alert.getByTestId('automation-form-action-kind'), /提醒组长|Alert the team lead/);
    await automation.input('automation-form-message', alert).fill('{name} 的合同即将到期');
    await form.getByTestId('automation-form-action-add').click();
    const training = automation.action(2);
    await automation.choose(training.getByTestId('automation-form-action-kind'), /分配培训计划|Assign a training plan/);
    await automation.choose(training.getByTestId('automation-form-plan'), /Live-skills boost/);
    await automation.input('automation-form-cooldown').fill('60');
    await form.getByTestId('automation-form-enabled').click();
    await expect(form.getByTestId('automation-form-enabled')).toHaveAttribute('aria-checked', 'false');

    // Out of range: the server refuses both, each under its own field, and writes nothing.
    await automation.submit();
    await expect(automation.fieldError('automation-form-days')).toContainText(/1\D+365/);
    await expect(automation.fieldError('automation-form-due-days', task)).toContainText(/0\D+365/);
    await expect(form).toBeVisible();
    await expect(automation.input('automation-form-name')).toHaveValue(name);
    await expect(automation.input('automation-form-days')).toHaveValue('400');
    expect(await rulesNamed(request, baseURL!, name)).toEqual([]);

    await automation.input('automation-form-days').fill('30');
    await automation.input('automation-form-due-days', task).fill('10');
    await automation.submit();

    // The new rule opens on its page, disabled.
    await expect(automation.detail).toBeVisible();
    await expect(automation.detail.locator('h3')).toContainText(name);
    await expect(automation.detail.getByTestId('automation-rule-disabled')).toBeVisible();
    await expect(page.getByTestId('automation-rule-enabled')).toHaveAttribute('aria-checked', 'false');
    await expect(automation.detail).toContainText(/在履行合同 30 天内到期|Contract in force ending within 30 days/);
    const [created] = await rulesNamed(request, baseURL!, name);
    expect(created).toMatchObject({
      enabled: false,
      triggerKind: 'CONTRACT_EXPIRING',
      triggerParams: { days: 30 },
      cooldownDays: 60,
      actions: [
        { kind: 'CREATE_TASK', params: { title: 'E2E 续签沟通', dueDays: 10 } },
        { kind: 'ALERT_MANAGER', params: { message: '{name} 的合同即将到期', severity: 'warning' } },
        { kind: 'ASSIGN_TRAINING_PLAN' },
      ],
    });
    // The console picks the plan by its id; the rule keeps the plan's number, as the runner takes it.
    expect(created!.actions[2]!.params.planId).toEqual(expect.any(Number));

    // It is on the list, marked disabled.
    await automation.gotoList();
    const row = automation.ruleTable.locator('tbody tr.ant-table-row').filter({ hasText: name });
    await expect(row.getByTestId('automation-rule-disabled')).toBeVisible();
    await row.getByTestId('automation-rule-link').click();
    await expect(automation.detail.locator('h3')).toContainText(name);

    // Delete says what it does; afterwards the rule is still there, disabled, and the disabling is on record.
    const disablesBefore = await disablesBy(request, baseURL!);
    await page.getByTestId('automation-rule-delete').click();
    await expect(automation.deleteDialog).toContainText(/停用|disabled/);
    await expect(automation.deleteDialog).toContainText(/保留|stay/);
    await page.getByTestId('automation-delete-confirm').click();
    await expect(automation.deleteDialog).toBeHidden();
    await expect(automation.detail.getByTestId('automation-rule-disabled')).toBeVisible();
    await expect(page.getByTestId('automation-rule-enabled')).toHaveAttribute('aria-checked', 'false');
    expect(await rulesNamed(request, baseURL!, name)).toMatchObject([{ id: created!.id, enabled: false }]);
    expect(await disablesBy(request, baseURL!)).toBe(disablesBefore + 1);
  });
});

test.describe('team lead', () => {
  test.use({ signedInAs: 'team_lead' });

  test('sees neither New rule nor Delete', async ({ page, request, baseURL }) => {
    const { automationRules } = await queryAs<Rules>(request, baseURL!, 'hr_manager', RULES);
    const rule = automationRules.edges[0]!.node;
    await page.goto('/automation');
    await expect(page.getByTestId('forbidden-page')).toBeVisible();
    await expect(page.getByTestId('automation-rule-new')).toHaveCount(0);
    await page.goto(`/automation/rules/${encodeURIComponent(rule.id)}`);
    await expect(page.getByTestId('forbidden-page')).toBeVisible();
    await expect(page.getByTestId('automation-rule-delete')).toHaveCount(0);
  });
});
