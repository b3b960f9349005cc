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
  const { register, lang } = assessment;
  const model: ReportModel = { ...buildViewModel(assessment, request), ...request.extras };
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: register.config.timezone });
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
