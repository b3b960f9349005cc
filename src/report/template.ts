import type {} from 'handlebars';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { reportText } from '../i18n/report.js';
import { knownHelpers, resetSteps, TemplateError, type Hbs } from './helpers.js';

type Node = hbs.AST.Node;
type Call = hbs.AST.MustacheStatement | hbs.AST.BlockStatement | hbs.AST.SubExpression;

/** A template's text and the name errors give it: the built-in name, or the path as the user wrote it. */
export interface TemplateSource {
  name: string;
  source: string;
}

/**
 * Compile a template on the isolated instance. Before Handlebars sees it, the
 * parsed template is checked (unknown helpers and partials are errors with
 * their line, not empty output) and every `{{…}}` is rewritten to
 * `{{md …}}`, so values are escaped for Markdown rather than for HTML;
 * `{{{…}}}` stays raw for helpers' own Markdown. Errors become one line
 * naming the template and the line: a UsageError, so exit 2.
 */
export function compileTemplate(hb: Hbs, template: TemplateSource, lang: Lang): (model: object) => string {
  const text = reportText(lang);
  const fail = (error: unknown): never => {
    if (error instanceof UsageError) throw error;
    throw new UsageError(text.templateError(template.name, lineOf(error), detailOf(error, lang)));
  };
  let program: hbs.AST.Program;
  try {
    program = hb.parse(template.source);
    checkAndRewrite(program, knownHelpers(hb), inlinePartials(program), lang);
  } catch (error) {
    return fail(error);
  }
  const render = hb.compile(program, { noEscape: true, strict: false });
  return (model) => {
    resetSteps(hb);
    try {
      return render(model);
    } catch (error) {
      // V8's longest string is about 512 MiB: a template that grows past it is stopped there, by name.
      if (error instanceof RangeError && /string length/i.test(error.message)) return fail(new Error(text.templateOutput(512)));
      return fail(error);
    }
  };
}

function checkAndRewrite(node: Node | null | undefined, helpers: ReadonlySet<string>, partials: ReadonlySet<string>, lang: Lang): void {
  if (node === null || node === undefined) return;
  const text = reportText(lang);
  const line = node.loc?.start.line;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as hbs.AST.Program).body) checkAndRewrite(statement, helpers, partials, lang);
      return;
    case 'MustacheStatement':
    case 'SubExpression': {
      const call = node as hbs.AST.MustacheStatement;
      checkCall(call, helpers, lang);
      for (const param of [...call.params, ...(call.hash?.pairs.map((p) => p.value) ?? [])]) checkAndRewrite(param, helpers, partials, lang);
      if (node.type === 'MustacheStatement') escapeOutput(call, helpers);
      return;
    }
    case 'BlockStatement':
    case 'DecoratorBlock': {
      const block = node as hbs.AST.BlockStatement;
      if (node.type === 'DecoratorBlock' && pathName(block.path) !== 'inline') throw new TemplateError(text.unknownHelper(String((block.path as hbs.AST.PathExpression).original)), line);
      if (node.type === 'BlockStatement') checkCall(block, helpers, lang);
      for (const param of block.params) checkAndRewrite(param, helpers, partials, lang);
      checkAndRewrite(block.program, helpers, partials, lang);
      checkAndRewrite(block.inverse, helpers, partials, lang);
      return;
    }
    case 'PartialStatement':
    case 'PartialBlockStatement': {
      const name = pathName((node as hbs.AST.PartialStatement).name as hbs.AST.PathExpression);
      if (name === undefined || !partials.has(name)) throw new TemplateError(text.unknownPartial(name ?? '?'), line);
      checkAndRewrite((node as hbs.AST.PartialBlockStatement).program, helpers, partials, lang);
      return;
    }
    case 'Decorator':
      throw new TemplateError(text.unknownHelper(String(((node as hbs.AST.Decorator).path as hbs.AST.PathExpression).original)), line);
    default:
      return;
  }
}

/** A call with arguments must name a helper; `{{field}}` and `{{#field}}…{{/field}}` are plain lookups. */
function checkCall(call: Call, helpers: ReadonlySet<string>, lang: Lang): void {
  const name = pathName(call.path);
  const hasArgs = call.params.length > 0 || (call.hash?.pairs.length ?? 0) > 0;
  if ((hasArgs || call.type === 'SubExpression') && (name === undefined || !helpers.has(name))) {
    throw new TemplateError(reportText(lang).unknownHelper(String((call.path as hbs.AST.PathExpression).original)), call.loc?.start.line);
  }
}

/** `{{x}}` becomes `{{md x}}` and `{{helper a}}` becomes `{{md (helper a)}}`. */
function escapeOutput(mustache: hbs.AST.MustacheStatement, helpers: ReadonlySet<string>): void {
  if (!mustache.escaped) return;
  const name = pathName(mustache.path);
  const isLookup = mustache.params.length === 0 && (mustache.hash?.pairs.length ?? 0) === 0 && !(name !== undefined && helpers.has(name));
  const inner: hbs.AST.Expression = isLookup
    ? mustache.path
    : ({ type: 'SubExpression', path: mustache.path, params: mustache.params, hash: mustache.hash, loc: mustache.loc } as hbs.AST.SubExpression);
  const md: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: ['md'], original: 'md', loc: mustache.loc };
  Object.assign(mustache, { path: md, params: [inner], hash: undefined, escaped: false });
}

/** The simple name of a helper path (`foo`, not `foo.bar`, `../foo`, `this.foo` or `@foo`). */
function pathName(path: hbs.AST.Expression | hbs.AST.PathExpression): string | undefined {
  if (path.type !== 'PathExpression') return undefined;
  const p = path as hbs.AST.PathExpression;
  // `this.date` and `./date` are fields even where a helper `date` exists.
  const scoped = /^(\.|this\b)/.test(p.original);
  return !p.data && !scoped && p.depth === 0 && p.parts.length === 1 ? p.parts[0] : undefined;
}

/** Names the template defines itself with `{{#*inline "name"}}`. */
function inlinePartials(program: hbs.AST.Program): ReadonlySet<string> {
  const names = new Set<string>();
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'Program') (node as hbs.AST.Program).body.forEach(visit);
    if (node.type === 'DecoratorBlock' || node.type === 'BlockStatement') {
      const block = node as hbs.AST.BlockStatement;
      const first = block.params[0];
      if (node.type === 'DecoratorBlock' && first?.type === 'StringLiteral') names.add((first as hbs.AST.StringLiteral).value);
      visit(block.program);
      visit(block.inverse);
    }
  };
  visit(program);
  return names;
}

/** Handlebars says "Parse error on line 3:" or sets `lineNumber`; helpers' errors carry their call's line. */
function lineOf(error: unknown): number | undefined {
  if (error instanceof TemplateError) return error.line;
  const e = error as { lineNumber?: number; message?: string };
  if (typeof e.lineNumber === 'number') return e.lineNumber;
  const match = /line (\d+)/.exec(e.message ?? '');
  return match ? Number(match[1]) : undefined;
}

/** One line: Handlebars' parse errors are several (the source, a caret, the expected tokens). */
function detailOf(error: unknown, lang: Lang): string {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('Parse error')) {
    const got = /got '([^']+)'/.exec(message)?.[1];
    const words = reportText(lang).words;
    return got === 'EOF' ? words.syntaxEnd : `${words.syntaxError}${got !== undefined ? ` (${got})` : ''}`;
  }
  return (message.split('\n')[0] ?? message).replace(/ - \d+:\d+$/, '');
}

