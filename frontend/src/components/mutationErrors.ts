import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

/** The `errors { field code message }` every mutation payload carries. */
export interface MutationError {
  field?: string | null;
  code: string;
  message: string;
}

const TRANSLATED_CODES = ['REQUIRED', 'DUPLICATE', 'NOT_FOUND', 'RATE_LIMITED'] as const;
type TranslatedCode = (typeof TRANSLATED_CODES)[number];

function isTranslated(code: string): code is TranslatedCode {
  return (TRANSLATED_CODES as readonly string[]).includes(code);
}

/** A payload error in the viewer's language where its code says enough; otherwise the server's own words. */
export function mutationErrorText(t: TFunction, error: MutationError): string {
  return isTranslated(error.code) ? t(`mutationErrors.${error.code}`) : error.message;
}

/** A form field's name path from an input path: `actions.0.params.days` → `['actions', 0, 'params', 'days']`. */
export function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts each payload error under the form field it names (form fields are named as the
 * mutation's input fields; a nested one by its path, `actions.0.params.days`), and returns the
 * texts of the errors no field shows. The last attempt's errors go first: on submit antd
 * re-checks only fields with rules of their own, so a fixed field would keep its old error.
 */
export function showMutationErrors(form: FormInstance, t: TFunction, errors: readonly MutationError[]): string[] {
  const fieldNames = new Set(
    form
      .getFieldsError()
      .map((entry) => entry.name.join('.'))
      .filter(Boolean),
  );
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const error of errors) {
    const text = mutationErrorText(t, error);
    if (error.field && fieldNames.has(error.field)) byField.set(error.field, [...(byField.get(error.field) ?? []), text]);
    else unplaced.push(text);
  }
  form.setFields([...fieldNames].map((name) => ({ name: namePath(name), errors: byField.get(name) ?? [] })));
  return unplaced;
}

/**
 * Runs a form's mutation. `saved` is the payload when it holds what `made` looks for; otherwise
 * `failure` holds the texts to show above the form (errors naming an input sit under it instead).
 */
export async function submitMutation<P extends { errors: readonly MutationError[] }>(
  form: FormInstance,
  t: TFunction,
  run: () => Promise<{ payload?: P | null; error?: string }>,
  made: (payload: P) => boolean,
  fallback: string,
): Promise<{ saved: P | null; failure: string[] }> {
  try {
    const { payload, error } = await run();
    if (payload?.errors.length) return { saved: null, failure: showMutationErrors(form, t, payload.errors) };
    if (payload && made(payload)) return { saved: payload, failure: [] };
    return { saved: null, failure: [error ?? fallback] };
  } catch (reason) {
    return { saved: null, failure: [reason instanceof Error ? reason.message : fallback] };
  }
}
