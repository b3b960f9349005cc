import type Handlebars from 'handlebars';
import type { Lang } from '../i18n/lang.js';
import { siteText, type SiteWords } from '../i18n/site.js';
import { FIXED_PAGES, hrefOf, type SitePaths } from './paths.js';

type Hbs = typeof Handlebars;

export interface SiteHelperSettings {
  lang: Lang;
  paths: SitePaths;
  /** An inline SVG chart of the report (src/format/report/charts.ts), by name. */
  chart: (name: string) => string;
}

/**
 * The site's own helpers, on top of the report helpers (`t`, `label`, `date`,
 * `number`…, docs/templates.md). A site template writes HTML, so `{{value}}` is
 * Handlebars' own HTML escaping; the helpers that return markup (`link`,
 * `lines`, `chart`) escape every value they put in it. Links point only to pages
 * of the site, relative to the page (`page.root`), never to a value's URL.
 */
export function registerSiteHelpers(hb: Hbs, settings: SiteHelperSettings): void {
  const words = siteText(settings.lang).words;
  const escape = (value: unknown) => hb.escapeExpression(value === null || value === undefined ? '' : String(value));
  const rootOf = (options: unknown) => {
    const root = (options as { data?: { root?: { page?: { root?: unknown } } } }).data?.root?.page?.root;
    return typeof root === 'string' ? root : '';
  };
  const target = (kind: unknown, id: unknown): string | undefined => {
    if (kind === 'agreement') return typeof id === 'string' ? settings.paths.agreement(id) : undefined;
    if (kind === 'department') return typeof id === 'string' ? settings.paths.department(id) : undefined;
    return typeof kind === 'string' && Object.hasOwn(FIXED_PAGES, kind) ? FIXED_PAGES[kind as keyof typeof FIXED_PAGES] : undefined;
  };
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    s: (key: unknown) => {
      if (typeof key !== 'string' || !Object.hasOwn(words, key)) throw new Error(`{{s}}: ${String(key)}?`);
      return words[key as keyof SiteWords];
    },
    /** `{{href "agenda"}}`, `{{href "agreement" id}}`: the page's relative address, or '' when there is no such page. */
    href: (kind: unknown, ...rest: unknown[]) => {
      const path = target(kind, rest.length > 1 ? rest[0] : undefined);
      return path === undefined ? '' : hrefOf(rootOf(rest.at(-1)), path);
    },
    /** `{{link "agreement" id title}}`: a link to the page, or only the (escaped) text when it has none. */
    link: (kind: unknown, id: unknown, label: unknown, options: unknown) => {
      const text = escape(label === undefined || label === null || label === '' ? id : label);
      const path = target(kind, id);
      return new hb.SafeString(path === undefined ? text : `<a href="${escape(hrefOf(rootOf(options), path))}">${text}</a>`);
    },
    lines: (value: unknown) => new hb.SafeString(escape(value).replace(/\r\n|\r|\n/g, '<br>')),
    md: (value: unknown) => escape(value),
    chart: (name: unknown) => new hb.SafeString(settings.chart(String(name))),
  };
  for (const [name, helper] of Object.entries(helpers)) hb.registerHelper(name, helper);
  // A site repeats the same few hundred dates on thousands of pages; luxon takes a large part of a page's time to format one.
  for (const name of ['date', 'dateTime'] as const) {
    const format = hb.helpers[name] as ((...args: unknown[]) => unknown) | undefined;
    if (format === undefined) continue;
    const cache = new Map<string, unknown>();
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      const [value, style] = args;
      if (typeof value !== 'string' || args.length > 3) return format.apply(this, args);
      const key = `${typeof style === 'string' ? style : ''}\u0000${value}`;
      if (!cache.has(key)) cache.set(key, format.apply(this, args));
      return cache.get(key);
    });
  }
}
