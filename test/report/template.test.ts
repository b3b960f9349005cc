/**
 * The template layer: `{{…}}` escapes for Markdown, `{{{…}}}` does not,
 * helpers format in the report's language, and every mistake in a template
 * is one line naming the template and the line.
 */
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import type { Lang } from '../../src/i18n/lang.js';
import { registerHelpers } from '../../src/report/helpers.js';
import { compileTemplate } from '../../src/report/template.js';

function render(source: string, model: object = {}, lang: Lang = 'nl'): string {
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: 'Europe/Amsterdam' });
  return compileTemplate(hb, { name: 'eigen.hbs', source }, lang)(model);
}

function errorOf(source: string, model: object = {}, lang: Lang = 'nl'): UsageError {
  try {
    render(source, model, lang);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('escaping', () => {
  const hostile = { title: 'a | b\n<script>x</script> {{7*7}} *c*' };

  it('escapes every {{value}} for Markdown, also the result of a helper', () => {
    expect(render('{{title}}', hostile)).toBe('a \\| b \\<script\\>x\\</script\\> \\{\\{7\\*7\\}\\} \\*c\\*');
    expect(render('{{default missing title}}', hostile)).toBe(render('{{title}}', hostile));
    expect(render('{{#each list}}[{{this}}]{{/each}}', { list: ['<a>', '|'] })).toBe('[\\<a\\>][\\|]');
  });

  it('leaves {{{value}}} raw, and never evaluates a value as a template', () => {
    expect(render('{{{title}}}', hostile)).toBe(hostile.title);
    expect(render('{{title}}', { title: '{{#each x}}{{/each}}' })).toBe('\\{\\{\\#each x\\}\\}\\{\\{/each\\}\\}');
  });

  it('lets `md` be written explicitly without escaping twice', () => {
    expect(render('{{md title}}', { title: '<b>' })).toBe('\\<b\\>');
  });

  it('reaches a field that has a helper\'s name with this.', () => {
    expect(render('{{#each items}}{{this.date}}/{{date date "iso"}} {{/each}}', { items: [{ date: '2026-10-01' }] })).toBe('2026-10-01/2026-10-01 ');
  });
});

describe('helpers', () => {
  it('writes dates in the locale\'s long form', () => {
    expect(render('{{date d}} · {{date d "short"}} · {{month d}}', { d: '2026-10-01' }, 'nl')).toBe('1 oktober 2026 · 1 okt 2026 · oktober 2026');
    expect(render('{{date d}} · {{date d "short"}} · {{month d}}', { d: '2026-10-01' }, 'en')).toBe('1 October 2026 · 1 Oct 2026 · October 2026');
    expect(render('{{dateTime t}}', { t: '2026-02-09T09:15' }, 'nl')).toBe('9 februari 2026 09:15');
    expect(render('{{dateTime t}}', { t: '2026-02-09T08:15:00Z' }, 'en')).toBe('9 February 2026 09:15');
  });

  it('labels, words, numbers and counts', () => {
    expect(render('{{label "phase" p}} / {{label "risk" r}} / {{t "asOf"}}', { p: 'active', r: 'high' }, 'nl')).toBe('in beheer / hoog / Peildatum');
    expect(render('{{label "phase" p}} / {{label "risk" r}} / {{t "asOf"}}', { p: 'active', r: 'high' }, 'en')).toBe('in force / high / As of');
    expect(render('{{number n}} {{number n 2}} {{duration 1}} {{duration 3}}', { n: 99.5 }, 'nl')).toBe('99,5 99,50 1 dag 3 dagen');
    expect(render('{{count xs}} {{count xs "s" "ok"}} {{#each (where xs "s" "ok")}}{{id}}{{/each}}', { xs: [{ id: 'a', s: 'ok' }, { id: 'b', s: 'x' }] })).toBe('2 1 a');
    expect(render('{{join (array "a" missing "b") " · "}} {{add 1 2}} {{plural 1 "dag" "dagen"}}')).toBe('a · b 3 dag');
    expect(render('{{#if (and (eq a 1) (or b (gt a 0)))}}ja{{else}}nee{{/if}}', { a: 1 })).toBe('ja');
    expect(render('{{label "phase" unknown}}|{{label "phase" "future"}}')).toBe('|future');
    expect(render('{{#each (group xs "a")}}{{key}}:{{#each items}}{{b}}{{/each}};{{/each}}', { xs: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }, { a: 'x', b: 3 }] })).toBe('x:13;y:2;');
  });

  it('makes safe links and keeps line breaks with lines', () => {
    expect(render('{{link t u}}', { t: 'Doc', u: 'https://example.org/x' })).toBe('[Doc](<https://example.org/x>)');
    expect(render('{{link t u}}', { t: 'Doc', u: 'javascript:alert(1)' })).toBe('Doc');
    expect(render('{{lines n}}', { n: 'a\n<b>' })).toBe('a  \n\\<b\\>');
  });

  it('places a chart as an HTML comment on its own line', () => {
    expect(render('x\n{{chart "due-by-month"}}\ny')).toBe('x\n\n\n<!-- vo-chart: due-by-month -->\n\n\ny');
  });
});

describe('template errors', () => {
  const cases: [string, string, RegExp][] = [
    ['unclosed block', 'a\nb\n{{#if x}}\nc', /^fout in sjabloon eigen\.hbs regel 4: het sjabloon eindigt midden in een blok/],
    ['unknown helper', 'a\n\n{{foo bar}}', /^fout in sjabloon eigen\.hbs regel 3: onbekende helper `foo`/],
    ['unknown helper in a subexpression', '{{#if (bar 1)}}{{/if}}', /regel 1: onbekende helper `bar`/],
    ['partial', 'x\n{{> kop}}', /regel 2: onbekende partial `kop`/],
    ['mismatched block', '{{#if a}}\n{{/each}}', /regel 1: if doesn't match each$/],
    ['built-in helper misuse', 'a\n{{#each}}{{/each}}', /regel 2: Must pass iterator to #each$/],
    ['unknown label kind', '{{label "soort" 1}}', /regel 1: onbekende soort `soort` voor label/],
    ['unknown word', '\n{{t "nope"}}', /regel 2: onbekend woord `nope` voor t/],
    ['unknown chart', '{{chart "taart"}}', /regel 1: onbekende grafiek `taart`; kies uit: agreements-by-department, due-by-month/],
    ['helper without its argument', '{{#each xs}}\n{{date}}\n{{/each}}', /regel 2: helper `date` heeft een argument nodig; voor het veld date schrijft u \{\{this\.date\}\}/],
    ['syntax error', 'a {{x}', /regel 1: onjuiste sjabloonsyntaxis/],
  ];
  it.each(cases)('%s: one line naming the template and the line', (_name, source, message) => {
    const error = errorOf(source, { xs: [{}] });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
  });

  it('speaks the report\'s language', () => {
    expect(errorOf('a\n\n{{foo bar}}', {}, 'en').message).toMatch(/^error in template eigen\.hbs line 3: unknown helper `foo`/);
  });

  it('keeps prototype properties out of reach', () => {
    expect(render('{{constructor}}{{__proto__}}{{title.constructor}}', { title: 'x' })).toBe('');
  });
});
