import { setImmediate } from 'node:timers/promises';
import type { Assessment } from '../assessment/assess.js';
import { registerHelpers } from './helpers.js';
import type { Lang } from '../i18n/lang.js';
import type { PdfProgress, PdfReport } from '../format/report/markdown-to-pdf.js';
import { compactHeap } from '../util/compact-heap.js';
import type { ReportModel } from './model-types.js';
import { compileTemplate, type TemplateSource } from './template.js';
import { buildViewModel, type ViewModelOptions } from './view-model.js';

export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest extends ViewModelOptions {
  source: TemplateSource;
  format: ReportFormat;
  /** The optional parts that need the git history (`--compare`, `--trend`), computed by the command. */
  extras?: Pick<ReportModel, 'changes' | 'trend'>;
}

/**
 * The report pipeline, pure apart from loading its libraries: view model →
 * Handlebars (Markdown) → Markdown, HTML or PDF. Handlebars, marked and
 * pdfmake are imported here, on first use, so no other command pays for them.
 * Template errors are thrown as TemplateError with a one-line message.
 */
export interface RenderedReport {
  /** Markdown asked for in `lines` comes line by line (a report of 100 000 agreements is 95 MB). */
  content: string | Uint8Array | Iterable<string>;
  /** Integrity findings in the report's scope, and the files they are in: listed at its top, counted on stderr. */
  problems: number;
  problemFiles: number;
}

export async function renderReport(assessment: Assessment, request: ReportRequest): Promise<RenderedReport> {
  return renderModel(reportModel(assessment, request), { ...request, timezone: assessment.register.config.timezone });
}

/** The model a report template receives: the view model of the assessment, with the parts from the git history. */
export function reportModel(assessment: Assessment, request: ReportRequest): ReportModel {
  return { ...buildViewModel(assessment, request), ...request.extras };
}

/**
 * Render a report model. It needs nothing else of the register, so a large run
 * lets go of the register and its assessment first (`vo report`): at 100 000
 * agreements the model alone is two thirds of what the three took together.
 */
export async function renderModel(
  model: ReportModel,
  request: Pick<ReportRequest, 'source' | 'format'> & { timezone: string; lines?: boolean; onPdfProgress?: (progress: PdfProgress) => void },
): Promise<RenderedReport> {
  const { lang } = model;
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: request.timezone });
  const rendered = compileTemplate(hb, request.source, lang)(model);
  const counts = { problems: model.summary.problems, problemFiles: model.summary.problemFiles };
  if (request.format === 'md' && request.lines === true) return { content: normalisedLines(rendered), ...counts };
  switch (request.format) {
    case 'md':
      return { content: normalise(rendered), ...counts };
    case 'html':
      return { content: await (await import('../format/report/markdown-to-html.js')).markdownToHtml(normalise(rendered), model, lang), ...counts };
    case 'pdf': {
      const pdf = await import('../format/report/markdown-to-pdf.js');
      // Returned, not awaited: this call, and with it the model and the template, ends here (see laterPdf).
      return laterPdf(rendered, pdf.pdfReport(rendered, model, lang), lang, counts, request.onPdfProgress);
    }
  }
}

/**
 * The PDF, once nothing holds the report model any more: after a turn of the
 * event loop the call that rendered the template has ended (and `vo report`
 * has dropped its reference), so a collection frees the model (510 MiB at
 * 33 000 agreements) before the Markdown is tidied and laid out.
 */
async function laterPdf(
  rendered: string,
  report: PdfReport,
  lang: Lang,
  counts: Omit<RenderedReport, 'content'>,
  onProgress?: (progress: PdfProgress) => void,
): Promise<RenderedReport> {
  await setImmediate();
  compactHeap();
  const { writePdf } = await import('../format/report/markdown-to-pdf.js');
  return { content: await writePdf(normalise(rendered), report, lang, onProgress ? { onProgress } : {}), ...counts };
}

/** No trailing spaces except Markdown's two-space hard break, at most one blank line in a row, one final newline. */
export function normalise(markdown: string): string {
  let out = '';
  for (const line of normalisedLines(markdown)) out += line;
  return out;
}

/**
 * normalise, a line at a time (each piece ends with a line feed), so that a
 * long report is never copied whole: line endings become LF, a line of only
 * spaces and tabs becomes empty, one trailing space or tab goes and three or
 * more become Markdown's two-space hard break, blank lines in a row become
 * one, and the whole is trimmed (JavaScript's `trim`) with one final newline.
 * `$` also matches before U+2028 and U+2029 within a line, as it did when
 * these rules were regular expressions over the whole text.
 */
export function* normalisedLines(markdown: string): Generator<string> {
  let last: string | undefined;
  let between: string[] = [];
  for (const raw of splitLines(markdown)) {
    const line = raw.replace(/^[ \t]+$/gm, '').replace(/(\S)[ \t]$/gm, '$1').replace(/(\S)[ \t]{3,}$/gm, '$1  ');
    const content = /\S/.test(line);
    if (last === undefined) {
      if (content) last = line.trimStart();
      continue;
    }
    if (!content) {
      between.push(line);
      continue;
    }
    yield `${last}\n`;
    let blank = false;
    for (const other of between) {
      if (other === '') {
        blank = true;
        continue;
      }
      if (blank) yield '\n';
      blank = false;
      yield `${other}\n`;
    }
    if (blank) yield '\n';
    between = [];
    last = line;
  }
  yield last === undefined ? '\n' : `${last.trimEnd()}\n`;
}

/** The lines of a text split at CR LF, CR and LF, without their line ends. */
function* splitLines(text: string): Generator<string> {
  const ends = /\r\n?|\n/g;
  let start = 0;
  for (let m = ends.exec(text); m !== null; m = ends.exec(text)) {
    yield text.slice(start, m.index);
    start = m.index + m[0].length;
  }
  yield text.slice(start);
}
