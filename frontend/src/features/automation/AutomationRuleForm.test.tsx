// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeViewer, renderPage } from '@/app/testing';
import { AutomationRuleForm } from './AutomationRuleForm';
import { AutomationRuleCreateMutation } from './mutations';
import { AutomationTrainingPlanOptionsQuery } from './queries';

const HR = makeViewer({ roles: ['hr_manager'], permissions: ['automation.manage', 'training.read'] });

const plans = {
  request: { query: AutomationTrainingPlanOptionsQuery },
  result: { data: { trainingPlans: { __typename: 'TrainingPlanConnection', edges: [] } } },
};

/** What the form sends for what the test types: 30% risk, two tasks (the second left without a title). */
const input = {
  name: 'Stay interviews',
  description: '',
  triggerKind: 'RISK_ABOVE',
  triggerParams: { threshold: 0.3 },
  actions: [
    { kind: 'CREATE_TASK', params: { title: 'Stay interview', dueDays: 900 } },
    { kind: 'CREATE_TASK', params: { dueDays: 7 } },
  ],
  enabled: true,
  cooldownDays: 90,
};

const refused = {
  request: { query: AutomationRuleCreateMutation, variables: { input } },
  result: {
    data: {
      automationRuleCreate: {
        __typename: 'AutomationRulePayload',
        rule: null,
        errors: [
          { __typename: 'AutomationError', field: 'name', code: 'DUPLICATE', message: "There is already a rule named 'Stay interviews'." },
          { __typename: 'AutomationError', field: 'actions.0.params.dueDays', code: 'INVALID', message: 'dueDays must be from 0 to 365.' },
          { __typename: 'AutomationError', field: 'actions.1.params.title', code: 'REQUIRED', message: 'CREATE_TASK needs title.' },
          { __typename: 'AutomationError', field: 'triggerParams.weeks', code: 'INVALID', message: 'RISK_ABOVE has no parameter weeks.' },
        ],
      },
    },
  },
};

/** The same rule with the task fixed: now the server refuses only the name. */
const refusedAgain = {
  request: {
    query: AutomationRuleCreateMutation,
    variables: {
      input: {
        ...input,
        actions: [
          { kind: 'CREATE_TASK', params: { title: 'Stay interview', dueDays: 10 } },
          { kind: 'CREATE_TASK', params: { title: 'Follow up', dueDays: 7 } },
        ],
      },
    },
  },
  result: {
    data: {
      automationRuleCreate: {
        __typename: 'AutomationRulePayload',
        rule: null,
        errors: [{ __typename: 'AutomationError', field: 'name', code: 'DUPLICATE', message: "There is already a rule named 'Stay interviews'." }],
      },
    },
  },
};

/** The <input> of a field, whether antd put the test id on it or on its wrapper. */
function inputOf(element: HTMLElement): HTMLInputElement {
  return (element.tagName === 'INPUT' ? element : element.querySelector('input')) as HTMLInputElement;
}

/** The error texts antd shows under the form item holding `element`. */
function errorsUnder(element: HTMLElement): string[] {
  const item = element.closest('.ant-form-item')!;
  return [...item.querySelectorAll('.ant-form-item-explain-error')].map((node) => node.textContent ?? '');
}

describe('AutomationRuleForm', () => {
  afterEach(cleanup);

  it('puts each refused field’s error under its input, nested action paths included, stays open with what was typed, and drops errors the server no longer makes', { timeout: 30000 }, async () => {
    const onDone = vi.fn();
    renderPage(<AutomationRuleForm open onClose={() => undefined} onDone={onDone} />, { viewer: HR, mocks: [plans, refused, refusedAgain], path: '/automation', url: '/automation' });

    fireEvent.change(await screen.findByTestId('automation-form-name', undefined, { timeout: 15000 }), { target: { value: 'Stay interviews' } });
    fireEvent.change(inputOf(await screen.findByTestId('automation-form-threshold')), { target: { value: '30' } });
    fireEvent.change(await screen.findByTestId('automation-form-task-title'), { target: { value: 'Stay interview' } });
    fireEvent.change(inputOf(await screen.findByTestId('automation-form-due-days')), { target: { value: '900' } });
    fireEvent.click(screen.getByTestId('automation-form-action-add'));
    await waitFor(() => expect(screen.getAllByTestId('automation-form-task-title')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('automation-form-submit'));

    // antd shows an error a render after it is set: wait for all of them together.
    await waitFor(() => {
      const titles = screen.getAllByTestId('automation-form-task-title');
      expect(errorsUnder(screen.getByTestId('automation-form-name'))).toEqual(['Already taken; choose another']);
      expect(errorsUnder(screen.getAllByTestId('automation-form-due-days')[0]!)).toEqual(['dueDays must be from 0 to 365.']);
      expect(errorsUnder(titles[0]!)).toEqual([]);
      expect(errorsUnder(titles[1]!)).toEqual(['Required']);
    });
    // No field shows the unknown parameter: its error goes above the form.
    expect(screen.getByTestId('automation-form-error').textContent).toContain('RISK_ABOVE has no parameter weeks.');
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByTestId('automation-form-name') as HTMLInputElement).value).toBe('Stay interviews');
    expect(inputOf(screen.getAllByTestId('automation-form-due-days')[0]!).value).toBe('900');

    // Fixed and sent again: what the server no longer refuses loses its error, the name keeps its own.
    fireEvent.change(inputOf(screen.getAllByTestId('automation-form-due-days')[0]!), { target: { value: '10' } });
    fireEvent.change(screen.getAllByTestId('automation-form-task-title')[1]!, { target: { value: 'Follow up' } });
    fireEvent.click(screen.getByTestId('automation-form-submit'));
    await waitFor(() => {
      expect(errorsUnder(screen.getAllByTestId('automation-form-due-days')[0]!)).toEqual([]);
      expect(errorsUnder(screen.getAllByTestId('automation-form-task-title')[1]!)).toEqual([]);
      expect(screen.queryByTestId('automation-form-error')).toBeNull();
    });
    expect(errorsUnder(screen.getByTestId('automation-form-name'))).toEqual(['Already taken; choose another']);
    expect(onDone).not.toHaveBeenCalled();
  });
});
