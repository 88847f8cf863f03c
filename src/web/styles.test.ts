/**
 * The CSS rules of docs/decisions/0018-web-ui-structure.md, checked: every stylesheet owns a few
 * class-name blocks and styles nothing but its own (it may refine another block inside one of its
 * own), and raw colours and type sizes live in tokens.css only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classesOf, parseRules } from './test-support/css';

const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Which class-name blocks each stylesheet owns. A class belongs to block `b` when it is `b` or
 * starts with `b-`; the longest matching block wins. A new class goes into its owner's block, or a
 * new block is added here beside its sheet.
 */
const blocks: Record<string, readonly string[]> = {
  'tokens.css': [],
  'base.css': [
    'muted',
    'small',
    'lead',
    'nowrap',
    'visually-hidden',
    'not-available',
    'subheading',
    'source',
  ],
  'layout.css': [
    'app',
    'brand',
    'header-tools',
    'user',
    'side-nav',
    'nav-link',
    'skip-link',
    'page',
    'splash',
    'toolbar',
    'breadcrumb',
    'two-columns',
    'grid-main-aside',
    'stack',
    'notice',
    'scroll-anchor',
  ],
  'ui/alert.css': ['alert'],
  'ui/badge.css': ['badge'],
  'ui/button.css': ['button', 'link-button', 'icon-button'],
  'ui/card.css': ['card'],
  'ui/data-table.css': ['table', 'num'],
  'ui/dialog.css': ['dialog'],
  'ui/field.css': ['form', 'field', 'form-grid', 'span-2', 'checkbox'],
  'ui/load-state.css': ['loading', 'load-error', 'spinner'],
  'ui/meter.css': ['meter'],
  'ui/page-header.css': ['page-header', 'page-subtitle', 'title-version'],
  'ui/stat-tiles.css': ['stat'],
  'ui/tabs.css': ['tabs', 'tab'],
  'shell/home.css': ['section-title', 'link-cards', 'link-card'],
  'shared/agency-picker.css': ['agency-picker'],
  'shared/competency-kind-badge.css': ['competency-kind'],
  'shared/diff.css': ['diff'],
  'shared/import-report.css': ['import-report'],
  'shared/job-progress.css': ['job-progress'],
  'shared/search-snippet.css': ['search-snippet'],
  'shared/workflow.css': ['workflow-card', 'timeline'],
  'features/account/login.css': ['login', 'demo-hint'],
  'features/account/account.css': ['account'],
  'features/admin/admin.css': ['tree', 'users', 'identity'],
  'features/inbox/inbox.css': ['inbox', 'task-list', 'task'],
  'features/dictionaries/dictionaries.css': [
    'dictionary-layout',
    'competency-list',
    'competency-button',
    'competency-code',
    'competency-header',
    'competency-detail',
    'definition',
    'level-tabs',
    'level-tab',
    'level-panel',
    'level-description',
    'indicator-list',
    'level-pager',
    'checklist',
    'level-grid',
    'level-column',
    'indicator-editor',
    'meta-list',
    'search-form',
    'search-results',
    'search-result',
    'wizard-steps',
    'wizard-number',
    'import-layouts',
    'layout-card',
    'layout-text',
    'import-progress',
  ],
  'features/standards/standards.css': [
    'composer-bar',
    'word-import',
    'choice-chips',
    'chip-list',
    'proposal-form',
    'findings',
    'finding',
    'competency-table',
    'group-row',
    'indicator-numbers',
    'technical-picker',
    'picker-results',
    'picker-result',
    'requirements-form',
    'position-code-banner',
    'level-select',
    'row-actions',
    'text-editor',
    'similar-standards',
    'similar-list',
    'similar-row',
    'adopt-form',
    'catalog-filters',
    'standard-diff-tiles',
    'standard-diff-values',
    'report-tiles',
    'merit-summary',
    'merit-total',
    'consistency-group',
    'standard-heading',
    'format-choices',
    'format-choice',
    'positions',
    'position-name-cell',
  ],
  'features/standard-policy/standard-policy.css': ['policy'],
  'features/talent/talent.css': [
    'talent',
    'assessment-session',
    'category',
    'column-required',
    'development',
    'gap',
    'heat',
    'heatmap',
    'civil-servant-identity',
    'legend',
    'employee-login',
    'match',
    'nine-box',
    'percent-bar',
    'priority',
    'radar',
    'requirement',
    'scope',
    'training-needs',
  ],
  'features/talent/talent-management.css': [
    'potential-form',
    'multi-rater',
    'questionnaire',
    'succession',
    'retirement',
  ],
  'features/job-descriptions/job-descriptions.css': ['jd'],
  'features/drafting-campaigns/drafting-campaigns.css': [
    'drafting-campaign',
    'decree',
    'group-progress',
    'member-progress',
    'late-items',
    'phase',
    'sop',
    'state',
    'week-grid',
  ],
  'features/organisation/position-map/position-map.css': ['map', 'chart'],
  'features/organisation/position-map/position-map-print.css': ['map-print-scope'],
  'features/organisation/job-evaluation/job-evaluation.css': ['evaluation'],
  'features/organisation/position-map-import/position-map-import.css': ['map-import'],
};

/** States any block may take: `.tab.active`, `.level-column.has-error`, `.week-grid-cell.is-today`. */
const isState = (name: string) =>
  ['active', 'selected', 'has-error'].includes(name) || name.startsWith('is-');

/** Sheets whose element rules (no class at all) are allowed: the defaults. */
const elementSheets = new Set(['base.css', 'tokens.css']);

function ownerOf(name: string): string | null {
  let best: { sheet: string; length: number } | null = null;
  for (const [sheet, names] of Object.entries(blocks)) {
    for (const block of names) {
      if ((name === block || name.startsWith(`${block}-`)) && (!best || block.length > best.length)) {
        best = { sheet, length: block.length };
      }
    }
  }
  return best?.sheet ?? null;
}

function stylesheets(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [path.relative(root, full)] : [];
  });
}

const sheets = stylesheets().sort();
const read = (sheet: string) => parseRules(fs.readFileSync(path.join(root, sheet), 'utf8'));
const tokens = new Set(
  read('tokens.css').flatMap((rule) =>
    rule.declarations.map((d) => d.property).filter((p) => p.startsWith('--')),
  ),
);

describe('stylesheets', () => {
  it('are each registered with the blocks they own, and no block has two owners', () => {
    expect(sheets).toEqual(Object.keys(blocks).sort());
    const all = Object.values(blocks).flat();
    expect(all.filter((block, index) => all.indexOf(block) !== index)).toEqual([]);
  });

  it('style only their own blocks, or another block inside one of their own', () => {
    const strays: string[] = [];
    for (const sheet of sheets) {
      for (const rule of read(sheet)) {
        for (const selector of rule.selector.split(',').map((s) => s.trim())) {
          const names = classesOf(selector).filter((name) => !isState(name));
          const owners = names.map(ownerOf);
          names.forEach((name, index) => {
            if (owners[index] === null) strays.push(`${sheet}: .${name} belongs to no block (${selector})`);
          });
          if (names.length === 0 && !elementSheets.has(sheet) && !selector.startsWith(':root')) {
            strays.push(`${sheet}: element rule outside base.css (${selector})`);
          }
          if (names.length > 0 && !owners.includes(sheet)) {
            strays.push(`${sheet}: styles another sheet's block (${selector})`);
          }
        }
      }
    }
    expect(strays).toEqual([]);
  });

  it('take colours from tokens.css only', () => {
    const raw = /#[0-9a-f]{3,8}\b|\b(rgba?|hsla?)\(/i;
    const found = sheets
      .filter((sheet) => sheet !== 'tokens.css')
      .flatMap((sheet) =>
        read(sheet).flatMap((rule) =>
          rule.declarations
            .filter((d) => raw.test(d.value))
            .map((d) => `${sheet}: ${rule.selector} { ${d.property}: ${d.value} }`),
        ),
      );
    expect(found).toEqual([]);
  });

  it('take type sizes from the scale (an em ratio of the parent is fine)', () => {
    const found = sheets
      .filter((sheet) => sheet !== 'tokens.css')
      .flatMap((sheet) =>
        read(sheet).flatMap((rule) =>
          rule.declarations
            .filter((d) => d.property === 'font-size')
            .filter((d) => !/^var\(--font-size-[\w-]+\)$/.test(d.value) && !/^[\d.]+em$/.test(d.value))
            .map((d) => `${sheet}: ${rule.selector} { font-size: ${d.value} }`),
        ),
      );
    expect(found).toEqual([]);
  });

  it('use only tokens that exist (or custom properties the same sheet sets)', () => {
    // Set inline by the components that draw them: the week grid's width, the map's zoom and size.
    const setByComponents = new Set([
      '--weeks',
      '--map-scale',
      '--map-width',
      '--map-height',
      '--print-scale',
    ]);
    const unknown: string[] = [];
    for (const sheet of sheets) {
      const rules = read(sheet);
      const local = new Set(rules.flatMap((rule) => rule.declarations.map((d) => d.property)));
      for (const rule of rules) {
        for (const d of rule.declarations) {
          for (const [, name] of d.value.matchAll(/var\((--[\w-]+)/g)) {
            const known = tokens.has(name ?? '') || local.has(name ?? '') || setByComponents.has(name ?? '');
            if (!known) unknown.push(`${sheet}: ${name}`);
          }
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
