import type Handlebars from 'handlebars';
import type { Assessment } from '../assessment/assess.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { siteText } from '../i18n/site.js';
import { viewContext } from '../format/views/context.js';
import { ics } from '../format/views/ics.js';
import { addressBook } from '../remind/address-book.js';
import { eventSequences } from '../remind/sequence.js';
import { registerSiteHelpers } from './helpers.js';
import { FIXED_PAGES, rootOf, SitePaths } from './paths.js';
import { buildSiteModel, START_PAGE_ITEMS, type SiteModel } from './site-model.js';
import type { SiteTemplateFile, SiteTemplates } from './templates.js';

export interface SiteFile {
  path: string;
  content: string;
}

export interface RenderedSite {
  /** Files the site will have, for progress. */
  total: number;
  /** The agreement count and the integrity problems, for the command's last lines. */
  agreements: number;
  problemFiles: number;
  /** Rendered one at a time, so a register of 10 000 agreements never holds all its pages in memory. */
  files(): Generator<SiteFile>;
}

type Render = (context: object) => string;

/**
 * The site of the register as of D: the model of every page from the one
 * assessment, each page rendered through its template and the layout. The
 * agenda's calendar file is `vo agenda --format ics` of the same items.
 */
export async function renderSite(assessment: Assessment, templates: SiteTemplates): Promise<RenderedSite> {
  const { lang, config, asOf, register } = assessment;
  const model = await buildSiteModel(assessment);
  const { default: Handlebars } = await import('handlebars');
  const { registerHelpers, resetSteps } = await import('../report/helpers.js');
  const { renderChart, isChartName } = await import('../format/report/charts.js');
  const hb = Handlebars.create();
  registerHelpers(hb, { lang, timezone: config.timezone });
  const paths = new SitePaths(
    model.report.agreements.map((a) => a.id),
    model.report.departments.map((d) => d.id),
  );
  registerSiteHelpers(hb, {
    lang,
    paths,
    chart: (name) => (isChartName(name) ? `<figure class="chart">${renderChart(name, model.report, lang)}</figure>` : ''),
  });
  const compiled = compileAll(hb, templates, lang);
  const layout = compiled['layout.hbs'];
  const page = (file: SiteTemplateFile, path: string, kind: string, title: string, data: object): SiteFile => {
    const context = { ...data, site: siteInfo(model, lang), page: { kind, title, path, root: rootOf(path) } };
    resetSteps(hb);
    const body = run(compiled[file], context, templates.files[file].name, lang);
    return { path, content: run(layout, { ...context, body: new hb.SafeString(body) }, templates.files['layout.hbs'].name, lang) };
  };
  const words = siteText(lang).words;
  const { report } = model;
  // As `vo agenda --format ics` with its default alarm: the same events, so a download updates what a subscription made.
  const calendar = () => {
    const sequenceOf = eventSequences(register, asOf);
    return ics(model.calendar, viewContext(config, { asOf, lang }), { alarmDays: 7, sequence: (item) => sequenceOf(item.agreement), addressOf: addressBook(register).addressFor });
  };
  return {
    total: 7 + report.agreements.length + model.departments.length,
    agreements: report.summary.agreements,
    problemFiles: report.summary.problemFiles,
    *files() {
      yield { path: FIXED_PAGES.css, content: templates.files['assets/site.css'].source };
      yield { path: FIXED_PAGES.js, content: templates.files['assets/site.js'].source };
      yield page('pages/index.hbs', FIXED_PAGES.index, 'index', words.home, {
        ...report,
        overdueShown: report.overdue.slice(0, START_PAGE_ITEMS),
        upcomingShown: report.upcoming.slice(0, START_PAGE_ITEMS),
        overdueMore: Math.max(0, report.overdue.length - START_PAGE_ITEMS),
        upcomingMore: Math.max(0, report.upcoming.length - START_PAGE_ITEMS),
      });
      yield page('pages/agreements.hbs', FIXED_PAGES.agreements, 'agreements', words.agreementsPage, report);
      yield page('pages/agenda.hbs', FIXED_PAGES.agenda, 'agenda', words.agendaPage, { ...report, items: model.agenda });
      yield { path: FIXED_PAGES.ics, content: calendar() };
      yield page('pages/problems.hbs', FIXED_PAGES.problems, 'problems', words.problemsPage, report);
      for (const d of model.departments) yield page('pages/department.hbs', paths.department(d.department.id)!, 'department', d.department.name, { ...d, organisation: report.organisation, asOf });
      for (const a of report.agreements) yield page('pages/agreement.hbs', paths.agreement(a.id)!, 'agreement', a.title, { agreement: a, organisation: report.organisation, asOf });
    },
  };
}

/** What the layout shows on every page. */
function siteInfo(model: SiteModel, lang: Lang) {
  const { report } = model;
  return { organisation: report.organisation, lang, asOf: report.asOf, problems: report.summary.problems, problemFiles: report.summary.problemFiles, departments: report.departments };
}

function compileAll(hb: typeof Handlebars, templates: SiteTemplates, lang: Lang): Record<SiteTemplateFile, Render> {
  const compiled = {} as Record<SiteTemplateFile, Render>;
  for (const [file, { source, name }] of Object.entries(templates.files) as [SiteTemplateFile, { source: string; name: string }][]) {
    if (!file.endsWith('.hbs')) continue;
    try {
      // Compiled now, so a syntax error is reported before anything is written.
      hb.precompile(source);
    } catch (error) {
      throw new UsageError(siteText(lang).templateError(name, firstLine(error)));
    }
    const template = hb.compile(source, { strict: false, preventIndent: true });
    if (file.startsWith('partials/')) hb.registerPartial(file.slice('partials/'.length, -'.hbs'.length), template);
    compiled[file] = template;
  }
  return compiled;
}

function run(template: Render, context: object, name: string, lang: Lang): string {
  try {
    return template(context);
  } catch (error) {
    const line = (error as { line?: unknown }).line;
    throw new UsageError(siteText(lang).templateError(typeof line === 'number' ? `${name}:${line}` : name, firstLine(error)));
  }
}

const firstLine = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
