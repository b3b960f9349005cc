/**
 * Every user-facing text exists in Dutch and English; `nl` is the default.
 * Each area keeps its own small catalogue (`src/i18n/<area>.ts`) built with
 * `defineMessages`, so the compiler checks that both languages have every key
 * with the same signature.
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Catalogue<T> = Record<Lang, T>;

/** `const text = defineMessages(nl, en)` then `text(lang).someMessage(...)`. */
export function defineMessages<T extends object>(nl: T, en: NoInfer<T>): (lang: Lang) => T {
  const catalogue: Catalogue<T> = { nl, en };
  return (lang) => catalogue[lang];
}
