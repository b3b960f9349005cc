import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { IANAZone } from 'luxon';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { configText } from '../i18n/config.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { schemaText } from '../i18n/schema.js';
import { schemaFindings } from '../schema/schema-findings.js';
import { validateAgainst } from '../schema/schemas.js';
import { locateValue, parseYamlFile } from './parse.js';
import type { Config, Policy } from './types.js';

export const CONFIG_FILE = 'vo.config.yaml';

/** SPEC §2 defaults. */
export const DEFAULT_POLICY: Policy = {
  review_months: { high: 6, medium: 12, low: 24 },
  non_compliant_review_months: 3,
  due_soon_days: 30,
  assurance_due_soon_days: 60,
  agreement_end_warning_days: 90,
  grace_days: 14,
  max_breach_notice_hours: 48,
  incident_report_days: 30,
  adequate_countries: ['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'],
};

/** `-C DIR` names the root; otherwise walk up from `cwd` to the first folder holding vo.config.yaml (SPEC §1). */
export function findRoot(cwd: string, dir: string | undefined, lang: Lang): string {
  const text = configText(lang);
  if (dir !== undefined) {
    const root = resolve(cwd, dir);
    if (!existsSync(join(root, CONFIG_FILE))) throw new UsageError(text.noConfigIn(dir));
    return root;
  }
  for (let current = resolve(cwd); ; current = dirname(current)) {
    if (existsSync(join(current, CONFIG_FILE))) return current;
    if (dirname(current) === current) throw new UsageError(text.notFound(resolve(cwd)));
  }
}

/** Read and validate the config; any problem is fatal (exit 2) and reported with file:line:column. */
export function loadConfig(root: string, lang: Lang): Config {
  const text = configText(lang);
  const path = join(root, CONFIG_FILE);
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    bytes = readFileSync(path);
  } catch (error) {
    throw new UsageError(text.unreadable(CONFIG_FILE, (error as Error).message));
  }
  const parsed = parseYamlFile(CONFIG_FILE, bytes, lang);
  if (!parsed.ok) throw configError(parsed.findings, lang);
  const errors = validateAgainst('config', parsed.value);
  if (errors.length > 0) throw configError(schemaFindings(errors, parsed.source, lang), lang);

  const raw = parsed.value as Partial<Config> & { policy?: Partial<Policy> };
  const timezone = raw.timezone ?? 'Europe/Amsterdam';
  if (!IANAZone.isValidZone(timezone)) {
    const position = locateValue(parsed.source, ['timezone']);
    throw configError(
      [{ rule: 'schema', severity: 'error', message: schemaText(lang).badTimezone(timezone), file: CONFIG_FILE, ...position }],
      lang,
    );
  }
  return {
    organisation: raw.organisation as string,
    locale: isLang(raw.locale) ? raw.locale : 'nl',
    timezone,
    departments: raw.departments ?? [],
    policy: {
      ...DEFAULT_POLICY,
      ...raw.policy,
      // A partial override merges with the defaults (issue #3).
      review_months: { ...DEFAULT_POLICY.review_months, ...raw.policy?.review_months },
    },
    rules: raw.rules ?? {},
  };
}

function configError(findings: Finding[], lang: Lang): UsageError {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`);
  return new UsageError([configText(lang).invalid(findings.length), ...lines].join('\n'));
}
