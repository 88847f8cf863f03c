/**
 * The shell carries only some groups of id.json (`shellTextGroups`); the pages' texts arrive with
 * the first page. Whatever is drawn before that (the login page, the frame, the primitives, the
 * splash and the error of a page that did not load) must find its texts among the shell's groups.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import id from './id.json';
import { shellTextGroups } from './index';

const web = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** The modules of the shell chunk that draw text (app.tsx and main.tsx draw none of their own). */
const shellModules = [
  'features/account/login-page.tsx',
  'features/account/sign-in-frame.tsx',
  'shell/app-header.tsx',
  'shell/app-layout.tsx',
  'shell/language-toggle.tsx',
  'shell/not-found-page.tsx',
  'shell/route-error.tsx',
  'shell/session-guard.tsx',
  'shell/side-nav.tsx',
  'shell/splash.tsx',
  ...fs
    .readdirSync(path.join(web, 'ui'))
    .filter((file) => file.endsWith('.tsx') && !file.includes('.test.'))
    .map((file) => `ui/${file}`),
];

function keysUsed(file: string): string[] {
  const source = fs.readFileSync(path.join(web, file), 'utf8');
  return [...source.matchAll(/\bt\(\s*['`]([a-zA-Z][\w.]*)/g)].map((match) => match[1] ?? '');
}

function has(texts: unknown, key: string): boolean {
  let node = texts;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    const record = node as Record<string, unknown>;
    // i18next plurals: `waiting` is `waiting_one` / `waiting_other`.
    node = part in record ? record[part] : (record[`${part}_other`] ?? undefined);
  }
  return node !== undefined;
}

describe('the shell texts', () => {
  it('hold every text the shell draws before a page has loaded', () => {
    const used = shellModules.flatMap((file) => keysUsed(file).map((key) => ({ file, key })));
    expect(used.length).toBeGreaterThan(30);
    const outside = used
      .filter(({ key }) => !shellTextGroups.includes(key.split('.')[0] ?? ''))
      .map(({ file, key }) => `${file}: ${key}`);
    expect(outside).toEqual([]);
    // A literal key (not one finished at run time, like `nav.${label}`) must exist.
    const missing = used
      .filter(({ key }) => !key.endsWith('.') && !has(id, key))
      .map(({ file, key }) => `${file}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('are a small part of all texts', () => {
    const shell = JSON.stringify(
      Object.fromEntries(shellTextGroups.map((group) => [group, (id as Record<string, unknown>)[group]])),
    );
    expect(shell.length).toBeLessThan(JSON.stringify(id).length / 5);
  });
});
