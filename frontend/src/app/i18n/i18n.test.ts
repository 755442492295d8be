import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en';
import zhCN from './zh-CN';

type Tree = { [key: string]: string | Tree };

/** `{ a: { b: 'x' } }` → `{ 'a.b': 'x' }` */
export function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else flatten(value, path).forEach((v, k) => out.set(k, v));
  }
  return out;
}

export function missingKeys(from: Tree, to: Tree): string[] {
  const target = flatten(to);
  return [...flatten(from).keys()].filter((key) => !target.has(key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const locales: Record<string, Tree> = { 'zh-CN': zhCN, en };

/**
 * The translation keys a source file asks for: literal `t('a.b')` / `t("a.b")` / `t(`a.b`)`, both
 * sides of `t(cond ? 'a' : 'b')`, and templates `t(`enums.status.${s}`)` as patterns (`enums.status.*`).
 */
export function keysUsedIn(source: string): { literal: string[]; patterns: string[] } {
  const literal: string[] = [];
  const patterns: string[] = [];
  for (const match of source.matchAll(/\bt\(\s*(['"])([A-Za-z0-9_.-]+)\1/g)) literal.push(match[2]!);
  for (const match of source.matchAll(/\bt\([^()'"`;]*\?\s*'([A-Za-z0-9_.-]+)'\s*:\s*'([A-Za-z0-9_.-]+)'/g)) literal.push(match[1]!, match[2]!);
  for (const match of source.matchAll(/\bt\(\s*`([^`]*)`/g)) {
    const template = match[1]!;
    if (!template.includes('${')) literal.push(template);
    else patterns.push(template.replace(/\$\{[^}]*\}/g, '*'));
  }
  return { literal, patterns };
}

/** `enums.status.*` matches `enums.status.ACTIVE`; `audit.*.title` matches `audit.x.title`. */
export function matchesPattern(pattern: string, keys: Iterable<string>): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^$()[\]{}|\\]/g, '\\$&')).join('[^.]+(?:\\.[^.]+)*?')}$`);
  for (const key of keys) if (regex.test(key)) return true;
  return false;
}

/** Values that read the same in both languages: product names, units, symbols. */
const SAME_IN_BOTH = new Set(['hrgraph', 'GraphiQL', 'GraphiQL · hrgraph', 'Webhook', 'GMV', 'JSON', '—', 'name@company.com', 'English', 'TikTok', 'Twitch']);
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('translations', () => {
  it('finds a key that exists in one locale and not the other', () => {
    expect(missingKeys({ a: 'x', b: { c: 'y' } }, { a: 'x' })).toEqual(['b.c']);
    expect(missingKeys({ a: 'x' }, { a: 'x', b: { c: 'y' } })).toEqual([]);
  });

  it.each([
    ['zh-CN', 'en'],
    ['en', 'zh-CN'],
  ])('every %s key exists in %s', (from, to) => {
    expect(missingKeys(locales[from]!, locales[to]!)).toEqual([]);
  });

  it.each(Object.keys(locales))('%s has no empty strings', (name) => {
    const empty = [...flatten(locales[name]!)].filter(([, value]) => value.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('uses the same {{placeholders}} in both locales', () => {
    const english = flatten(en);
    const differing = [...flatten(zhCN)].filter(([key, value]) => placeholders(value).join() !== placeholders(english.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('finds the keys a source asks for, literal, in a ternary or as a template', () => {
    const source = "t('a.b'); t(\"c.d\"); t(ok ? 'e.f' : 'g.h', { n }); t(`i.j`); t(`enums.status.${row.status}`); label: t(`x.${k}.title`)";
    expect(keysUsedIn(source)).toEqual({ literal: ['a.b', 'c.d', 'e.f', 'g.h', 'i.j'], patterns: ['enums.status.*', 'x.*.title'] });
    expect(matchesPattern('enums.status.*', ['enums.status.ACTIVE'])).toBe(true);
    expect(matchesPattern('enums.status.*', ['enums.statusX'])).toBe(false);
    expect(matchesPattern('x.*.title', ['x.a.title'])).toBe(true);
    expect(matchesPattern('x.*.title', ['x.a.subtitle'])).toBe(false);
  });

  it.each(Object.keys(locales))('%s has every key the code asks for (scanning src/)', (name) => {
    const known = flatten(locales[name]!);
    const root = join(__dirname, '..', '..');
    const unknown: string[] = [];
    for (const file of sourceFiles(root)) {
      const { literal, patterns } = keysUsedIn(readFileSync(file, 'utf8'));
      const where = file.slice(root.length + 1);
      for (const key of literal) if (!known.has(key)) unknown.push(`${where}: ${key}`);
      for (const pattern of patterns) if (!matchesPattern(pattern, known.keys())) unknown.push(`${where}: ${pattern}`);
    }
    expect(unknown).toEqual([]);
  });

  it('has no untranslated copy: English without Chinese, Chinese without English-only strings', () => {
    const english = [...flatten(en)].filter(([key, value]) => CJK.test(value) && key !== 'language.zh-CN').map(([key]) => key);
    expect(english).toEqual([]);
    const words = (value: string) => /[A-Za-z]{2,}/.test(value.replace(/\{\{\s*\w+\s*\}\}/g, ''));
    const chinese = [...flatten(zhCN)].filter(([, value]) => !CJK.test(value) && words(value) && !SAME_IN_BOTH.has(value)).map(([key, value]) => `${key}: ${value}`);
    expect(chinese).toEqual([]);
    // Where the two languages say the same thing, it is one of the words that read alike.
    const inEnglish = flatten(en);
    const identical = [...flatten(zhCN)].filter(([key, value]) => inEnglish.get(key) === value && words(value) && !SAME_IN_BOTH.has(value));
    expect(identical.map(([key]) => key)).toEqual([]);
  });
});
