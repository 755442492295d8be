import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { namePath, showMutationErrors } from './mutationErrors';

type FieldEntry = { name: (string | number)[]; errors: string[] };

/** The two calls showMutationErrors makes of a form: which fields it has, and setting their errors. */
function fakeForm(fields: (string | number)[][], errors: Record<string, string[]> = {}) {
  const shown = new Map(fields.map((name) => [name.join('.'), { name, errors: errors[name.join('.')] ?? [] } as FieldEntry]));
  const form = {
    getFieldsError: () => [...shown.values()].map((entry) => ({ name: entry.name, errors: entry.errors, warnings: [] })),
    setFields: (updates: FieldEntry[]) => {
      for (const update of updates) shown.set(update.name.join('.'), { name: update.name, errors: update.errors });
    },
  };
  return { form: form as unknown as FormInstance, errorsOf: (path: string) => shown.get(path)?.errors, names: () => [...shown.values()].map((e) => e.name) };
}

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('namePath', () => {
  it('reads an input path as a form name path, list indexes as numbers', () => {
    expect(namePath('actions.10.params.planId')).toEqual(['actions', 10, 'params', 'planId']);
    expect(namePath('rules.2.rungs.1.percent')).toEqual(['rules', 2, 'rungs', 1, 'percent']);
    expect(namePath('name')).toEqual(['name']);
  });
});

describe('showMutationErrors', () => {
  it('puts each error under the field it names, nested ones by their path, and returns the rest', () => {
    const { form, errorsOf, names } = fakeForm([['name'], ['triggerParams', 'days'], ['actions', 0, 'params', 'title'], ['actions']]);
    const unplaced = showMutationErrors(form, t, [
      { field: 'triggerParams.days', code: 'INVALID', message: 'days must be from 1 to 365.' },
      { field: 'actions.0.params.title', code: 'REQUIRED', message: 'needs title' },
      { field: 'actions.0.params.title', code: 'INVALID', message: 'at most 200' },
      { field: 'actions', code: 'INVALID', message: 'at most 5 actions' },
      { field: 'triggerParams.weeks', code: 'INVALID', message: 'no parameter weeks' },
      { field: null, code: 'INVALID', message: 'something else' },
    ]);
    expect(errorsOf('triggerParams.days')).toEqual(['days must be from 1 to 365.']);
    // A code the console translates reads in the viewer's language.
    expect(errorsOf('actions.0.params.title')).toEqual(['t:mutationErrors.REQUIRED', 'at most 200']);
    expect(errorsOf('actions')).toEqual(['at most 5 actions']);
    expect(unplaced).toEqual(['no parameter weeks', 'something else']);
    // Set by name path, not as a top-level field called "triggerParams.days".
    expect(names()).toHaveLength(4);
  });

  it('clears what the last attempt said under a field the server no longer refuses', () => {
    const { form, errorsOf } = fakeForm([['name'], ['phone']], { phone: ['phone is not valid'] });
    showMutationErrors(form, t, [{ field: 'name', code: 'INVALID', message: 'A name has 1 to 100 characters.' }]);
    expect(errorsOf('phone')).toEqual([]);
    expect(errorsOf('name')).toEqual(['A name has 1 to 100 characters.']);
  });
});
