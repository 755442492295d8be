/**
 * A commission plan's JSON (see backend/resolvers/compensation/rules.py) as the editor's form
 * values, and back. The form keeps the JSON's own keys and order, so a server error path such as
 * `rules.2.rungs.1.percent` is also the form field it is about. Numbers stay text end to end:
 * decimals go back as the strings typed, whole numbers (`min_live_days`) as JSON integers.
 */

export const RULE_KINDS = ['gift_share', 'gmv_tiers', 'ladder', 'team_incentive', 'cap', 'minimum_guarantee'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const TIER_MODES = ['flat', 'progressive'] as const;
export type TierMode = (typeof TIER_MODES)[number];

export const LADDER_BASES = ['gift_revenue', 'gmv', 'revenue'] as const;
export type LadderBasis = (typeof LADDER_BASES)[number];

export const RUNG_PAYS = ['percent', 'bonus_amount'] as const;
export type RungPay = (typeof RUNG_PAYS)[number];

export interface TierForm {
  from_amount: string;
  percent: string;
}

export interface RungForm {
  min_live_days: string;
  min_hours: string;
  min_revenue: string;
  /** which of `percent` or `bonus_amount` the rung pays */
  pay: RungPay;
  percent?: string;
  bonus_amount?: string;
}

export type RuleForm =
  | { kind: 'gift_share'; host_percent: string }
  | { kind: 'gmv_tiers'; mode: TierMode; tiers: TierForm[] }
  | { kind: 'ladder'; basis: LadderBasis; rungs: RungForm[] }
  | { kind: 'team_incentive'; min_team_growth_percent: string; bonus_percent: string }
  | { kind: 'cap'; amount: string }
  | { kind: 'minimum_guarantee'; amount: string };

export interface PlanForm {
  rules: RuleForm[];
}

export const FORMAT_VERSION = 1;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function isRuleKind(value: unknown): value is RuleKind {
  return typeof value === 'string' && (RULE_KINDS as readonly string[]).includes(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Each rule kind's keys in the JSON (besides `kind`). */
const RULE_KEYS: Record<RuleKind, readonly string[]> = {
  gift_share: ['host_percent'],
  gmv_tiers: ['mode', 'tiers'],
  ladder: ['basis', 'rungs'],
  team_incentive: ['min_team_growth_percent', 'bonus_percent'],
  cap: ['amount'],
  minimum_guarantee: ['amount'],
};
const TIER_KEYS = ['from_amount', 'percent'];
const RUNG_KEYS = ['min_live_days', 'min_hours', 'min_revenue', 'percent', 'bonus_amount'];

/** A new rule of a kind, with the blanks a person fills in (a ladder starts with its base rung). */
export function newRule(kind: RuleKind): RuleForm {
  switch (kind) {
    case 'gift_share':
      return { kind, host_percent: '' };
    case 'gmv_tiers':
      return { kind, mode: 'progressive', tiers: [newTier(true)] };
    case 'ladder':
      return { kind, basis: 'gmv', rungs: [newRung(true)] };
    case 'team_incentive':
      return { kind, min_team_growth_percent: '', bonus_percent: '' };
    case 'cap':
    case 'minimum_guarantee':
      return { kind, amount: '' };
  }
}

export function newTier(first = false): TierForm {
  return { from_amount: first ? '0' : '', percent: '' };
}

/** The first rung asks for nothing (the server refuses a ladder without one). */
export function newRung(first = false): RungForm {
  return first
    ? { min_live_days: '0', min_hours: '0', min_revenue: '0', pay: 'percent', percent: '0' }
    : { min_live_days: '', min_hours: '', min_revenue: '', pay: 'percent', percent: '' };
}

/** The kinds a plan may still get (one rule of each kind at most). */
export function availableKinds(rules: readonly { kind: string }[]): RuleKind[] {
  const used = new Set(rules.map((rule) => rule.kind));
  return RULE_KINDS.filter((kind) => !used.has(kind));
}

function text(value: Json | undefined): string | null {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return null;
}

function onlyKeys(value: JsonObject, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function tierFrom(raw: Json): TierForm | null {
  if (!isObject(raw) || !onlyKeys(raw, TIER_KEYS)) return null;
  const from = text(raw['from_amount']);
  const percent = text(raw['percent']);
  return from === null || percent === null ? null : { from_amount: from, percent };
}

function rungFrom(raw: Json): RungForm | null {
  if (!isObject(raw) || !onlyKeys(raw, RUNG_KEYS)) return null;
  const days = text(raw['min_live_days'] ?? 0);
  const hours = text(raw['min_hours'] ?? '0');
  const revenue = text(raw['min_revenue'] ?? '0');
  const hasBonus = raw['bonus_amount'] !== undefined && raw['bonus_amount'] !== null;
  const hasPercent = raw['percent'] !== undefined && raw['percent'] !== null;
  if (days === null || hours === null || revenue === null || (hasBonus && hasPercent)) return null;
  if (hasBonus) {
    const bonus = text(raw['bonus_amount']);
    return bonus === null ? null : { min_live_days: days, min_hours: hours, min_revenue: revenue, pay: 'bonus_amount', bonus_amount: bonus };
  }
  const percent = text(raw['percent']);
  return percent === null ? null : { min_live_days: days, min_hours: hours, min_revenue: revenue, pay: 'percent', percent };
}

function listOf<T>(raw: Json | undefined, item: (value: Json) => T | null): T[] | null {
  if (!Array.isArray(raw)) return null;
  const items = raw.map(item);
  return items.every((value) => value !== null) ? (items as T[]) : null;
}

function ruleFrom(raw: Json): RuleForm | null {
  if (!isObject(raw)) return null;
  const kind = raw['kind'];
  if (!isRuleKind(kind) || !onlyKeys(raw, ['kind', ...RULE_KEYS[kind]])) return null;
  switch (kind) {
    case 'gift_share': {
      const hostPercent = text(raw['host_percent']);
      return hostPercent === null ? null : { kind, host_percent: hostPercent };
    }
    case 'gmv_tiers': {
      const mode = raw['mode'];
      const tiers = listOf(raw['tiers'], tierFrom);
      return tiers && (TIER_MODES as readonly Json[]).includes(mode ?? null) ? { kind, mode: mode as TierMode, tiers } : null;
    }
    case 'ladder': {
      const basis = raw['basis'];
      const rungs = listOf(raw['rungs'], rungFrom);
      return rungs && (LADDER_BASES as readonly Json[]).includes(basis ?? null) ? { kind, basis: basis as LadderBasis, rungs } : null;
    }
    case 'team_incentive': {
      const growth = text(raw['min_team_growth_percent']);
      const bonus = text(raw['bonus_percent']);
      return growth === null || bonus === null ? null : { kind, min_team_growth_percent: growth, bonus_percent: bonus };
    }
    case 'cap':
    case 'minimum_guarantee': {
      const amount = text(raw['amount']);
      return amount === null ? null : { kind, amount };
    }
  }
}

/**
 * The form of a plan's JSON, or null when the structured editor cannot show all of it (a key or
 * kind it does not know, a JSON float): such a plan is edited as JSON.
 */
export function planToForm(plan: unknown): PlanForm | null {
  if (!isObject(plan as Json) || !onlyKeys(plan as JsonObject, ['version', 'rules'])) return null;
  const data = plan as JsonObject;
  if (data['version'] !== undefined && data['version'] !== FORMAT_VERSION) return null;
  const rules = listOf(data['rules'], ruleFrom);
  return rules ? { rules } : null;
}

function decimal(value: string | undefined): string | undefined {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A whole number as a JSON integer; anything else as typed, for the server to name what is wrong. */
function whole(value: string | undefined): number | string | undefined {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return undefined;
  return /^-?\d{1,15}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function compact(entries: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out;
}

function ruleToJson(rule: RuleForm): JsonObject {
  switch (rule.kind) {
    case 'gift_share':
      return compact({ kind: rule.kind, host_percent: decimal(rule.host_percent) });
    case 'gmv_tiers':
      return {
        kind: rule.kind,
        mode: rule.mode,
        tiers: (rule.tiers ?? []).map((tier) => compact({ from_amount: decimal(tier.from_amount), percent: decimal(tier.percent) })),
      };
    case 'ladder':
      return {
        kind: rule.kind,
        basis: rule.basis,
        rungs: (rule.rungs ?? []).map((rung) =>
          compact({
            min_live_days: whole(rung.min_live_days),
            min_hours: decimal(rung.min_hours),
            min_revenue: decimal(rung.min_revenue),
            [rung.pay === 'bonus_amount' ? 'bonus_amount' : 'percent']: decimal(rung.pay === 'bonus_amount' ? rung.bonus_amount : rung.percent),
          }),
        ),
      };
    case 'team_incentive':
      return compact({ kind: rule.kind, min_team_growth_percent: decimal(rule.min_team_growth_percent), bonus_percent: decimal(rule.bonus_percent) });
    case 'cap':
    case 'minimum_guarantee':
      return compact({ kind: rule.kind, amount: decimal(rule.amount) });
  }
}

/**
 * The plan JSON the server takes. Blank values are left out: an optional minimum then means 0,
 * a required value comes back as an error on its path.
 */
export function formToPlan(form: PlanForm): { version: number; rules: JsonObject[] } {
  return { version: FORMAT_VERSION, rules: (form.rules ?? []).map(ruleToJson) };
}

/** The plan JSON as the editor's JSON view shows it. */
export function planText(plan: unknown): string {
  return JSON.stringify(plan, null, 2);
}

/**
 * The JSON view's text as a plan, or why not. A JSON float is refused here already, as the server
 * would (a float is not exact): decimals are written as strings.
 */
export function parsePlanText(source: string): { plan: unknown; error: null } | { plan: null; error: 'syntax' | 'float' } {
  let plan: unknown;
  try {
    plan = JSON.parse(source);
  } catch {
    return { plan: null, error: 'syntax' };
  }
  // Outside strings, a number with a fraction or exponent is a float.
  const outsideStrings = source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (/(?<![\w.])-?\d+(?:\.\d+)?[eE][+-]?\d+|(?<![\w.])-?\d+\.\d+/.test(outsideStrings)) return { plan: null, error: 'float' };
  return { plan, error: null };
}

// Where the server's errors go.

export interface PathError {
  field?: string | null;
  message: string;
}

/** The error paths the editor has a place for without a field: a rule, a tier, a rung, a rule's list of them. */
const CONTAINER = /^rules(\.\d+(\.(tiers|rungs)(\.\d+)?)?)?$/;

export interface PlacedErrors {
  /** by field path (the form shows them under the field) */
  fields: Map<string, string[]>;
  /** by rule, tier or rung path (`rules.1`, `rules.1.rungs.0`, `rules`): shown in that card */
  containers: Map<string, string[]>;
  /** with no place in the form (shown above it) */
  unplaced: string[];
}

function add(map: Map<string, string[]>, key: string, message: string): void {
  map.set(key, [...(map.get(key) ?? []), message]);
}

/**
 * Sorts the errors of a save or a preview by where the editor shows them: under the field the
 * path names when the form has that field, else in the nearest rule, tier or rung it is inside
 * (a rung that "asks exactly what the previous rung asks", a missing base rung), else above.
 */
export function placePlanErrors(errors: readonly PathError[], fieldPaths: ReadonlySet<string>): PlacedErrors {
  const placed: PlacedErrors = { fields: new Map(), containers: new Map(), unplaced: [] };
  for (const error of errors) {
    const path = error.field ?? '';
    if (path && fieldPaths.has(path)) {
      add(placed.fields, path, error.message);
      continue;
    }
    const parts = path.split('.');
    let container: string | null = null;
    for (let length = parts.length; length > 0 && container === null; length -= 1) {
      const prefix = parts.slice(0, length).join('.');
      if (CONTAINER.test(prefix)) container = prefix;
    }
    if (container && path !== '') add(placed.containers, container, path === container ? error.message : `${path.slice(container.length + 1)}: ${error.message}`);
    else placed.unplaced.push(path ? `${path}: ${error.message}` : error.message);
  }
  return placed;
}
