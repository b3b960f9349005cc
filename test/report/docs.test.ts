/**
 * docs/templates.md documents every field of the view model, every helper,
 * label kind, word and chart, so users can write templates without reading
 * the code. The label and word tables are generated from the catalogues:
 * run `VO_UPDATE_DOCS=1 npx vitest run test/report/docs.test.ts` after changing them.
 */
import Handlebars from 'handlebars';
import ts from 'typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportText } from '../../src/i18n/report.js';
import { LABEL_KINDS } from '../../src/i18n/labels.js';
import { loadRegister } from '../../src/register/load.js';
import { CHART_NAMES } from '../../src/format/report/charts.js';
import { registerHelpers } from '../../src/report/helpers.js';
import { assess } from '../../src/assessment/assess.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const DOCS = join(REPO_ROOT, 'docs', 'templates.md');
const cell = (s: string) => s.replace(/\|/g, '\\|');

function labelsTable(): string {
  const nl = reportText('nl').labels;
  const en = reportText('en').labels;
  const rows = LABEL_KINDS.flatMap((kind) => Object.keys(nl[kind]).map((value) => `| \`${kind}\` | \`${value}\` | ${cell(nl[kind][value] ?? '')} | ${cell(en[kind][value] ?? '')} |`));
  return ['| kind | value | nl | en |', '|---|---|---|---|', ...rows].join('\n');
}

function wordsTable(): string {
  const nl = reportText('nl').words;
  const en = reportText('en').words;
  const rows = (Object.keys(nl) as (keyof typeof nl)[]).map((key) => `| \`${key}\` | ${cell(nl[key])} | ${cell(en[key])} |`);
  return ['| key | nl | en |', '|---|---|---|', ...rows].join('\n');
}

function withSection(doc: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/templates.md lacks the ${name} markers`);
  return `${doc.slice(0, from + start.length)}\n${content}\n${doc.slice(to)}`;
}

/** Every key name anywhere in a value, e.g. `processOwner`, `email`, `byStatus`, `dueSoon`. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, keys));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      keysOf(child, keys);
    }
  }
  return keys;
}

describe('docs/templates.md', () => {
  let doc = readFileSync(DOCS, 'utf8');
  if (process.env.VO_UPDATE_DOCS === '1') {
    doc = withSection(withSection(doc, 'labels', labelsTable()), 'words', wordsTable());
    writeFileSync(DOCS, doc);
  }

  it('has the generated label and word tables up to date', () => {
    expect(withSection(withSection(doc, 'labels', labelsTable()), 'words', wordsTable())).toBe(doc);
  });

  it('documents every field of the view model', () => {
    const register = loadRegister(join(REPO_ROOT, 'examples'), { lang: 'nl' });
    const keys = new Set<string>();
    for (const agreement of ['zaaksysteem', 'klantcontactcentrum', 'jeugdhulp-portaal', 'documentmanagement']) {
      keysOf(buildViewModel(assess(register, '2026-10-01', 'nl', { agreement }), { template: 'agreement', reportDate: '2026-10-01', agreement }), keys);
    }
    keysOf(buildViewModel(assess(register, '2026-10-01', 'nl'), { template: 'management', reportDate: '2026-10-01', department: 'burgerzaken' }), keys);
    expect(keys.size).toBeGreaterThan(100);
    // Named in code style, alone (`total`) or in a field list (`{key, total}`, `processOwner.email`).
    const codeSpans = doc.match(/`[^`\n]+`/g) ?? [];
    const missing = [...keys].filter((key) => !codeSpans.some((span) => new RegExp(`\\b${key}\\b`).test(span)));
    expect(missing).toEqual([]);
  });

  it('documents every property of the view model\'s types, also those the example register leaves empty', () => {
    const typeFiles = ['src/views/model-types.ts', 'src/report/model-types.ts', 'src/diff/report-changes.ts', 'src/trend/trend.ts'];
    const properties = new Set<string>();
    for (const file of typeFiles) {
      const path = join(REPO_ROOT, file);
      const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) properties.add(node.name.text);
        node.forEachChild(visit);
      };
      visit(source);
    }
    // Inputs of the builders, not fields a template sees.
    for (const internal of ['repo', 'shell', 'warn']) properties.delete(internal);
    expect(properties.size).toBeGreaterThan(150);
    const codeSpans = doc.match(/`[^`\n]+`/g) ?? [];
    expect([...properties].filter((key) => !codeSpans.some((span) => new RegExp(`\\b${key}\\b`).test(span)))).toEqual([]);
  });

  it('documents every helper and chart', () => {
    const hb = Handlebars.create();
    registerHelpers(hb, { lang: 'nl', timezone: 'Europe/Amsterdam' });
    const helpers = Object.keys(hb.helpers).filter((name) => !['helperMissing', 'blockHelperMissing'].includes(name));
    expect(helpers.filter((name) => !doc.includes(`\`${name}\``) && !doc.includes(`\`#${name}\``))).toEqual([]);
    expect(CHART_NAMES.filter((name) => !doc.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
