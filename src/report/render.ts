import type { Lang } from '../i18n/lang.js';
import type { Register } from '../register/load.js';
import { registerHelpers } from './helpers.js';
import { compileTemplate, type TemplateSource } from './template.js';
import { buildViewModel, type ViewModelOptions } from './view-model.js';

export const REPORT_FORMATS = ['md', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportRequest extends ViewModelOptions {
  source: TemplateSource;
  format: ReportFormat;
}

/**
 * The report pipeline, pure apart from loading its libraries: view model →
 * Handlebars (Markdown) → Markdown, HTML or PDF. Handlebars, marked and
 * pdfmake are imported here, on first use, so no other command pays for them.
 * Template errors are thrown as TemplateError with a one-line message.
 */
export async function renderReport(register: Register, asOf: string, lang: Lang, request: ReportRequest): Promise<string | Uint8Array> {
  const model = buildViewModel(register, asOf, lang, request);
  const { default: Handlebars } = await import('handlebars');
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: register.config.timezone });
  const markdown = normalise(compileTemplate(hb, request.source, lang)(model));
  switch (request.format) {
    case 'md':
      return markdown;
    case 'html':
      return (await import('./markdown-to-html.js')).markdownToHtml(markdown, model, lang);
    case 'pdf':
      return (await import('./markdown-to-pdf.js')).markdownToPdf(markdown, model, lang);
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
