/** `{{ name }}` placeholders, as the server reads them (backend `templates.PLACEHOLDER`). */
const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** The variable names a clause body uses, each once, in order of first use. */
export function placeholdersOf(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1] as string))];
}

/** Names the body uses but the clause does not declare (the server refuses the clause for them). */
export function undeclaredPlaceholders(body: string, declared: readonly (string | null | undefined)[]): string[] {
  const names = new Set(declared.filter((name): name is string => Boolean(name)));
  return placeholdersOf(body).filter((name) => !names.has(name));
}

/** Splits a body into text and placeholders, for showing the placeholders apart. */
export function bodyParts(body: string): { text: string; variable: boolean }[] {
  const parts: { text: string; variable: boolean }[] = [];
  let last = 0;
  for (const match of body.matchAll(PLACEHOLDER)) {
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: body.slice(last, at), variable: false });
    parts.push({ text: match[0], variable: true });
    last = at + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last), variable: false });
  return parts;
}

/** Variable types the server knows (backend `templates.TYPES`). */
export const VARIABLE_TYPES = ['int', 'decimal', 'percent', 'money', 'text', 'date'] as const;

/** Moves the item at `from` to `to` (a new array). */
export function move<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}
