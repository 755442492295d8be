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

/**
 * Puts each payload error under the form field it names (form fields are named as the
 * mutation's input fields), and returns the texts of the errors no field shows.
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
  form.setFields([...byField].map(([name, texts]) => ({ name, errors: texts })));
  return unplaced;
}
