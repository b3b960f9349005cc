import { importText } from '../i18n/import.js';
import type { Lang } from '../i18n/lang.js';
import { RECORD_ID_PATTERN } from '../schema/patterns.js';
import { DOMAIN_LABELS } from '../i18n/labels.js';
import { CHOICES, choiceOf, compact } from './choices.js';
import { countryCode } from './countries.js';
import { readDate } from './dates.js';
import type { ValueKind } from './fields.js';

/** A formula whose result is an error (`#N/A`, `#VERW!`): never a value, whatever the field. */
export class FormulaError {
  constructor(readonly code: string) {}
}

/** A cell as the readers give it: text, a number, a boolean, a date cell (midnight UTC), a formula error, or empty. */
export type RawCell = string | number | boolean | Date | FormulaError | null;

export type ReadValue = { value: unknown } | { problem: string } | undefined;

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'waar', 'x', '1', 'wel']);
const NO = new Set(['nee', 'n', 'no', 'false', 'onwaar', '0', 'niet']);
const RECORD_ID = new RegExp(RECORD_ID_PATTERN);
/** What `vo list` writes for an agreement without a risk ("niet beoordeeld", "not assessed"): an empty cell, read back. */
const NO_LEVEL = new Set(Object.values(DOMAIN_LABELS).map((labels) => compact(labels.risk.none ?? '')));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** `24`, `24 uur`, `25.000` (Dutch thousands), `12 maanden`. */
const WHOLE = /^(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:uur|uren|u|h|hours?|maanden|maand|mnd|months?)?$/i;
/** `99,5`, `99.5 %`, `-3`. */
const DECIMAL = /^(-?\d+(?:[.,]\d+)?)\s*%?$/;

/**
 * Read one cell as a value of the register (docs/format.md), the way people type it;
 * undefined for an empty cell. Department and agreement references stay text:
 * they are resolved against the config and the sheet afterwards.
 */
export function readValue(kind: ValueKind, cell: RawCell, lang: Lang, own: Readonly<Record<string, string>> = {}): ReadValue {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return undefined;
  const p = importText(lang).problem;
  if (cell instanceof FormulaError) return { problem: p.formulaError(cell.code) };
  const text = typeof cell === 'string' ? cell.trim() : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  if (typeof kind === 'object') {
    if (kind.choice === 'level' && NO_LEVEL.has(compact(text))) return undefined;
    const code = choiceOf(kind.choice, text, own);
    return code !== undefined ? { value: code } : { problem: p.badChoice(text, choiceWords(kind.choice, lang)) };
  }
  switch (kind) {
    case 'text':
    case 'department':
    case 'agreement':
      return { value: text };
    case 'list': {
      const items = text.split(/\r?\n|;/).map((item) => item.trim()).filter((item) => item !== '');
      return items.length > 0 ? { value: items } : undefined;
    }
    case 'id': {
      const id = text.toLowerCase();
      return RECORD_ID.test(id) ? { value: id } : { problem: p.badId(text) };
    }
    case 'date':
      return dateValue(cell, text, lang);
    case 'integer': {
      if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? { value: cell } : { problem: p.badInteger(text) };
      const match = WHOLE.exec(text);
      return match ? { value: Number(match[1]!.replace(/\./g, '')) } : { problem: p.badInteger(text) };
    }
    case 'number': {
      if (typeof cell === 'number') return { value: cell };
      const match = DECIMAL.exec(text);
      return match ? { value: Number(match[1]!.replace(',', '.')) } : { problem: p.badNumber(text) };
    }
    case 'boolean':
      return booleanValue(cell, text) ?? { problem: p.badBoolean(text) };
    case 'approved':
      return booleanValue(cell, text) ?? (readDate(cell) !== undefined ? dateValue(cell, text, lang) : { problem: p.badApproved(text) });
    case 'kvk':
      return kvkValue(cell, text, lang);
    case 'email': {
      const address = text.replace(/^mailto:/i, '');
      return EMAIL.test(address) ? { value: address } : { problem: p.badEmail(text) };
    }
    case 'country': {
      const code = countryCode(text);
      return code !== undefined ? { value: code } : { problem: p.badCountry(text) };
    }
  }
}

function dateValue(cell: RawCell, text: string, lang: Lang): ReadValue {
  const p = importText(lang).problem;
  const result = readDate(cell);
  if (result === undefined) return { problem: p.badDate(text) };
  return 'date' in result ? { value: result.date } : { problem: p.impossibleDate(text) };
}

function booleanValue(cell: RawCell, text: string): ReadValue {
  if (typeof cell === 'boolean') return { value: cell };
  const word = text.toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return undefined;
}

/**
 * A KvK number has 8 digits. Excel turns `01234567` into the number 1234567, so
 * 7 digits get their leading zero back; fewer are a mistake, not a lost zero.
 */
function kvkValue(cell: RawCell, text: string, lang: Lang): ReadValue {
  const digits = typeof cell === 'number' && Number.isInteger(cell) ? String(cell) : text.replace(/[\s.]/g, '');
  if (/^\d{8}$/.test(digits)) return { value: digits };
  if (/^\d{7}$/.test(digits)) return { value: `0${digits}` };
  return { problem: importText(lang).problem.badKvk(text) };
}

/** The words a message offers for a choice: the usual Dutch word per code in Dutch, the code in English. */
export function choiceWords(kind: keyof typeof CHOICES, lang: Lang): string[] {
  return Object.entries(CHOICES[kind]).map(([code, words]) => (lang === 'nl' ? (words[0] ?? code) : code));
}
