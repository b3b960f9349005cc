import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import { loadRegister, type Register } from '../../src/register/load.js';
import { assess } from '../../src/assessment/assess.js';

/**
 * Build a register on disk from plain objects and load it, so rule tests go
 * through the real loader. Records are keyed by their path below the kind's
 * folder without extension (e.g. `2025/a-periodic`); `id` defaults to the file name.
 */
export interface RegisterSpec {
  config?: Record<string, unknown>;
  agreements?: Record<string, Record<string, unknown>>;
  evaluations?: Record<string, Record<string, unknown>>;
  incidents?: Record<string, Record<string, unknown>>;
}

export const BASE_CONFIG = {
  organisation: 'Gemeente Test',
  departments: [
    { id: 'ict', name: 'ICT' },
    { id: 'sociaal', name: 'Sociaal domein' },
  ],
};

export const ALL_CLAUSES = {
  instructions: 'art. 2',
  confidentiality: 'art. 3',
  security: 'art. 4',
  subprocessors: 'art. 5',
  data_subject_rights: 'art. 6',
  assistance: 'art. 7',
  deletion_return: 'art. 8',
  audits: 'art. 9',
};

/** The art. 28(3) specification with its link to the register of processing (art. 30): nothing of it is missing. */
export const FULL_PROCESSING = {
  purposes: ['Zaakgericht werken'],
  data_subjects: ['Inwoners'],
  data_categories: ['NAW-gegevens'],
  activities: ['vwa-zaken'],
};

/**
 * A live agreement in good order under format version 2 apart from its
 * evaluation clock: medium risk (12 months), started 2025-01-01, with the
 * complete processing specification, so a test of one rule sees that rule only.
 */
export function agreement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Zaaksysteem',
    department: 'ict',
    process_owner: { name: 'P. Eigenaar' },
    processor: { name: 'Verwerker B.V.', kvk: '12345678' },
    phase: 'active',
    dates: { signed: '2025-01-01', start: '2025-01-01' },
    processing: FULL_PROCESSING,
    risk: { impact: 'medium', likelihood: 'medium' },
    breach_notice_hours: 24,
    clauses: ALL_CLAUSES,
    ...overrides,
  };
}

/**
 * What a high-risk agreement needs on top of `agreement()` to be in good order
 * on any D from 2025 to 2027: the FG's advice, an exit plan and an accepted
 * assurance type valid throughout. Spread it under the test's own overrides.
 */
export const HIGH_RISK_IN_ORDER = {
  risk: { impact: 'high', likelihood: 'high' },
  signing: { fg_advice: '2024-12-01' },
  exit: { plan: 'Exitplan 2025' },
  assurance: [{ type: 'iso27001', valid_until: '2028-12-31', standard_version: '2022' }],
};

export function writeRegister(spec: RegisterSpec): string {
  const root = mkdtempSync(join(tmpdir(), 'vo-rules-'));
  const write = (path: string, value: unknown) => {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, stringify(value));
  };
  write('vo.config.yaml', spec.config ?? BASE_CONFIG);
  const folders = { agreements: spec.agreements, evaluations: spec.evaluations, incidents: spec.incidents };
  for (const [folder, records] of Object.entries(folders)) {
    for (const [name, record] of Object.entries(records ?? {})) {
      write(`${folder}/${name}.yaml`, { id: name.split('/').pop(), ...record });
    }
  }
  return root;
}

export function load(spec: RegisterSpec): Register {
  const register = loadRegister(writeRegister(spec), { lang: 'en' });
  if (register.findings.length > 0) {
    throw new Error(`fixture is not valid: ${register.findings.map((f) => `${f.file}:${f.line} ${f.message}`).join('; ')}`);
  }
  return register;
}

/** The compliance findings of `spec` as of `asOf` (in English unless `lang` says, sorted as `vo check` sorts them), optionally only those of one rule. */
export function check(spec: RegisterSpec, asOf: string, rule?: string, lang: Lang = 'en'): Finding[] {
  const findings = assess(load(spec), asOf, lang).findings.filter((f) => f.subject !== undefined);
  return rule === undefined ? findings : findings.filter((f) => f.rule === rule);
}

export function rulesOf(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}
