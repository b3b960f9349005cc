import type { Assessment } from '../assessment/assess.js';
import { registerHelpers } from './helpers.js';
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
  content: string | Uint8Array;
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
export async function renderModel(model: ReportModel, request: Pick<ReportRequest, 'source' | 'format'> & { timezone: string }): Promise<RenderedReport> {
  const { lang } = model;
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: request.timezone });
  const markdown = normalise(compileTemplate(hb, request.source, lang)(model));
  const counts = { problems: model.summary.problems, problemFiles: model.summary.problemFiles };
  switch (request.format) {
    case 'md':
      return { content: markdown, ...counts };
    case 'html':
      return { content: await (await import('../format/report/markdown-to-html.js')).markdownToHtml(markdown, model, lang), ...counts };
    case 'pdf':
      return { content: await (await import('../format/report/markdown-to-pdf.js')).markdownToPdf(markdown, model, lang), ...counts };
  }
}

/** No trailing spaces except Markdown's two-space hard break, at most one blank line in a row, one final newline. */
function normalise(markdown: string): string {
  return (
    markdown
      .replace(/\r\n?/g, '\n')
      .replace(/^[ \t]+$/gm, '')
      .replace(/(\S)[ \t]$/gm, '$1')
      .replace(/(\S)[ \t]{3,}$/gm, '$1  ')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
