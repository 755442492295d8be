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

  it('has every key the code asks for with a literal t("...")', () => {
    const known = flatten(zhCN);
    const root = join(__dirname, '..', '..');
    const unknown: string[] = [];
    for (const file of sourceFiles(root)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_.-]+)'/g)) {
        if (!known.has(match[1]!)) unknown.push(`${file.slice(root.length + 1)}: ${match[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
