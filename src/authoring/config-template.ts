import type { Lang } from '../i18n/lang.js';
import { DEFAULT_POLICY } from '../register/config.js';
import type { Department, Policy } from '../register/types.js';
import { configNotes } from './config-notes.js';
import { schemaModeline } from './register-layout.js';
import { commentOut, comments, entry, fileText, yamlString } from './yaml-text.js';

export interface ConfigValues {
  organisation: string;
  lang: Lang;
  timezone: string;
  departments: readonly Department[];
  /** The organisation or departments are vo init's placeholders, to be replaced. */
  placeholders: { organisation: boolean; departments: boolean };
}

/** The text of `vo.config.yaml` for a new register (docs/format.md); the policy defaults are shown, commented out. Pure. */
export function configYaml(values: ConfigValues): string {
  const t = configNotes(values.lang);
  const mark = (placeholder: boolean) => (placeholder ? t.placeholder : undefined);
  const lines = [
    schemaModeline('vo.config.yaml', 'config'),
    ...comments(0, '', ...t.header(values.organisation)),
    '',
    ...comments(0, t.organisation),
    entry(0, 'organisation', yamlString(values.organisation), mark(values.placeholders.organisation)),
    ...comments(0, t.locale),
    entry(0, 'locale', values.lang),
    ...comments(0, t.timezone),
    entry(0, 'timezone', values.timezone),
    ...comments(0, t.departments),
    `departments:${values.placeholders.departments ? `  # ${t.placeholder}` : ''}`,
  ];
  for (const department of values.departments) {
    lines.push(`  - id: ${department.id}`, entry(4, 'name', yamlString(department.name)));
    if (department.manager !== undefined) lines.push(entry(4, 'manager', yamlString(department.manager)));
    else lines.push(...comments(4, t.manager));
  }
  lines.push('', ...comments(0, ...t.policy), ...commentOut(['policy:', ...policyLines(DEFAULT_POLICY, t.policyKeys)]));
  lines.push('', ...comments(0, ...t.rules), ...commentOut(['rules:', entry(2, 'meeting-overdue', 'warning')]));
  return fileText(lines);
}

function policyLines(policy: Policy, notes: Record<keyof Policy, string>): string[] {
  const months = policy.review_months;
  const value = (key: keyof Policy): string => {
    if (key === 'review_months') return `{ high: ${months.high}, medium: ${months.medium}, low: ${months.low} }`;
    if (key === 'adequate_countries') return `[${policy.adequate_countries.map(adequateEntry).join(', ')}]`;
    if (key === 'accepted_assurance') return `[${policy.accepted_assurance.map(yamlString).join(', ')}]`;
    return String(policy[key]);
  };
  return (Object.keys(notes) as (keyof Policy)[]).map((key) => entry(2, key, value(key), notes[key]));
}

/** A code, or `{ country: GB, until: 2031-12-27 }` for a decision with an end. */
function adequateEntry(entry: Policy['adequate_countries'][number]): string {
  if (typeof entry === 'string') return yamlString(entry);
  return entry.until === undefined ? `{ country: ${yamlString(entry.country)} }` : `{ country: ${yamlString(entry.country)}, until: ${entry.until} }`;
}
