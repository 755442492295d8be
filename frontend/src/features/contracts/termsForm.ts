import type { ContractTermsInput } from '@/graphql/generated/graphql';

/**
 * What the amend, renew and create forms edit: the fields of `ContractTermsInput`, named as the
 * input names them, so a payload error (`endsOn`, `values.revenue_share_percent`,
 * `customClauses.0.title`) lands under its own form field. Dates are `YYYY-MM-DD` strings and
 * money stays a Decimal string.
 */
export interface TermsFormValues {
  startsOn: string | null;
  endsOn: string | null;
  probationEndsOn: string | null;
  /** by variable name */
  values: Record<string, string | null | undefined>;
  /** `key`: a library clause the contract carries; the server keeps its own copy of it. */
  customClauses: { key?: string; title: string; body: string }[];
  monthlyBase?: string | null;
  revenueSharePercent?: string | null;
  guaranteedMinimum?: string | null;
}

export interface Variable {
  name: string;
  type: string;
  label: string;
  min?: string | null;
  max?: string | null;
}

/** The typed variables the clauses declare, each once, in clause order. */
export function declaredVariables(clauses: readonly { variables: readonly Variable[] }[]): Variable[] {
  const seen = new Map<string, Variable>();
  for (const clause of clauses) for (const variable of clause.variables) if (!seen.has(variable.name)) seen.set(variable.name, variable);
  return [...seen.values()];
}

export interface VersionForForm {
  startsOn: string;
  endsOn?: string | null;
  probationEndsOn?: string | null;
  values: readonly { name: string; value: string }[];
  clauses: readonly { key: string; title: string; text: string }[];
  payTerms?: { monthlyBase?: string | null; revenueSharePercent?: string | null; guaranteedMinimum?: string | null } | null;
}

/** A custom clause of a version (not one of its template's): added by hand or from the library at renewal. */
export function extraClausesOf(version: VersionForForm, templateKeys: ReadonlySet<string>) {
  return version.clauses.filter((clause) => !templateKeys.has(clause.key));
}

export function isHandWritten(key: string): boolean {
  return /^custom-\d+$/.test(key);
}

/**
 * A version's terms as the form starts from. Extra clauses come back as custom clauses with their
 * text as it reads; a library clause the contract carries keeps its `key` (the API then keeps the
 * contract's copy), except those listed in `libraryKeys`, which the caller adds again from the
 * library (a renewal's `extraClauseKeys`).
 */
export function termsFormValues(
  version: VersionForForm,
  { templateKeys, libraryKeys = new Set<string>(), withPay }: { templateKeys: ReadonlySet<string>; libraryKeys?: ReadonlySet<string>; withPay: boolean },
): TermsFormValues {
  const values = Object.fromEntries(version.values.map((value) => [value.name, value.value]));
  const customClauses = extraClausesOf(version, templateKeys)
    .filter((clause) => !libraryKeys.has(clause.key))
    .map((clause) => (isHandWritten(clause.key) ? { title: clause.title, body: clause.text } : { key: clause.key, title: clause.title, body: clause.text }));
  const form: TermsFormValues = {
    startsOn: version.startsOn,
    endsOn: version.endsOn ?? null,
    probationEndsOn: version.probationEndsOn ?? null,
    values,
    customClauses,
  };
  if (withPay) {
    form.monthlyBase = version.payTerms?.monthlyBase ?? null;
    form.revenueSharePercent = version.payTerms?.revenueSharePercent ?? null;
    form.guaranteedMinimum = version.payTerms?.guaranteedMinimum ?? null;
  }
  return form;
}

function blankToNull(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
}

/**
 * The input the API takes. Only the variables the contract's clauses declare are sent (the server
 * refuses any other name), each trimmed; an empty one is sent empty so the server names it.
 * Pay fields are sent as the form has them; a form without them (a viewer who may not read pay)
 * sends none, and the API then keeps no pay terms on the version: the built-in roles that write
 * contracts (HR, admin) also read pay.
 */
export function toTermsInput(form: TermsFormValues, variables: readonly Variable[]): ContractTermsInput {
  const terms: ContractTermsInput = {
    startsOn: form.startsOn ?? '',
    endsOn: form.endsOn || null,
    probationEndsOn: form.probationEndsOn || null,
    values: variables.map((variable) => ({ name: variable.name, value: (form.values?.[variable.name] ?? '').trim() })),
    customClauses: (form.customClauses ?? []).map((clause) =>
      clause?.key ? { key: clause.key } : { title: (clause?.title ?? '').trim(), body: (clause?.body ?? '').trim() },
    ),
  };
  if ('monthlyBase' in form) terms.monthlyBase = blankToNull(form.monthlyBase);
  if ('revenueSharePercent' in form) terms.revenueSharePercent = blankToNull(form.revenueSharePercent);
  if ('guaranteedMinimum' in form) terms.guaranteedMinimum = blankToNull(form.guaranteedMinimum);
  return terms;
}

/** A Decimal string with at most two decimals (money and percentages), or blank. */
export const DECIMAL_PATTERN = /^\d+(\.\d{1,2})?$/;
