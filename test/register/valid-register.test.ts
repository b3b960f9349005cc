/**
 * A register written "to the letter of SPEC" by an outsider must validate
 * cleanly: unquoted dates, every optional key, nested folders, `.yml`, ignored
 * files and folders, `x-` keys (SPEC §1–5).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonReport } from '../../src/format/json.js';
import { FIXTURES, REPO_ROOT, runVo } from '../helpers/run-cli.js';

const VALID = join(FIXTURES, 'valid');
const EXAMPLES = join(REPO_ROOT, 'examples');

/** Every `.yaml`/`.yml` file under a folder, as `/`-separated paths relative to `root`, dot-folders included. */
function yamlFiles(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return yamlFiles(root, path);
      return /\.ya?ml$/.test(name) ? [relative(root, path).split(sep).join('/')] : [];
    });
}

/** Every key path used in a value, lists as `[]`: `processor.contact.email`, `obligations[].kpi.unit`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, `${prefix}[]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return [path, ...keyPaths(child, path)];
  });
}

function usedKeys(folder: string): Set<string> {
  const files = yamlFiles(join(VALID, folder)).filter((file) => !file.split('/').some((part) => part.startsWith('.')));
  return new Set(files.flatMap((file) => keyPaths(parse(readFileSync(join(VALID, folder, file), 'utf8')))));
}

describe('test/fixtures/valid: a register to the letter of SPEC', () => {
  it('validates with exit 0 and the no-findings summary (Dutch by its locale)', async () => {
    const { code, stdout, stderr } = await runVo(['-C', VALID, 'validate']);
    expect(stderr).toBe('');
    expect(stdout).toBe('✔ Geen bevindingen in 10 bestanden\n');
    expect(code).toBe(0);
  });

  it('validates with --lang en and --format json', async () => {
    expect((await runVo(['-C', VALID, 'validate', '--lang', 'en'])).stdout).toBe('✔ No findings in 10 files\n');
    const { code, stdout } = await runVo(['-C', VALID, 'validate', '--format', 'json', '--as-of', '2026-10-01']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ asOf: '2026-10-01', summary: { errors: 0, warnings: 0 }, findings: [] });
  });

  it('counts exactly the record files: not README.txt, the dot-folder or docs/', () => {
    const records = yamlFiles(VALID).filter(
      (file) => /^(agreements|evaluations|incidents)\//.test(file) && !file.split('/').some((part) => part.startsWith('.')),
    );
    expect(records).toHaveLength(10);
    // The ignored files exist and would fail if they were read.
    expect(existsSync(join(VALID, 'agreements/README.txt'))).toBe(true);
    expect(existsSync(join(VALID, 'agreements/.concepten/concept.yaml'))).toBe(true);
    expect(existsSync(join(VALID, 'docs/aantekeningen.yaml'))).toBe(true);
    expect(records.some((file) => file.endsWith('.yml'))).toBe(true);
    expect(records.some((file) => file.split('/').length >= 5)).toBe(true);
  });

  it('writes its dates unquoted and date-times with and without offset and seconds', () => {
    const agreement = readFileSync(join(VALID, 'agreements/zaaksysteem.yaml'), 'utf8');
    expect(agreement).toMatch(/^ {2}signed: 2025-01-15$/m);
    const incident = readFileSync(join(VALID, 'incidents/2025/zaaksysteem-lek.yaml'), 'utf8');
    expect(incident).toMatch(/^processor_aware: \d{4}-\d\d-\d\dT\d\d:\d\d$/m);
    expect(incident).toMatch(/^controller_notified: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00$/m);
    expect(incident).toMatch(/^authority_notified: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/m);
  });

  // The keys of SPEC §3–5, written out here from the SPEC rather than read from the schemas.
  const SPEC_KEYS = {
    agreements: [
      'id', 'title', 'department', 'process_owner.name', 'process_owner.email', 'process_owner.function',
      'processor.name', 'processor.kvk', 'processor.contact.name', 'processor.contact.email', 'processor.contact.phone',
      'processor.breach_contact.name', 'processor.breach_contact.email', 'processor.breach_contact.phone',
      'service', 'phase', 'template.name', 'template.version', 'template.deviations[].clause', 'template.deviations[].reason',
      'dates.signed', 'dates.start', 'dates.end', 'processing.purposes', 'processing.data_subjects',
      'processing.data_categories', 'processing.special_categories', 'processing.approx_subjects',
      'risk.impact', 'risk.likelihood', 'risk.level', 'risk.assessed', 'risk.method', 'risk.dpia.required',
      'risk.dpia.date', 'risk.dpia.ref', 'review_months', 'breach_notice_hours',
      ...['instructions', 'confidentiality', 'security', 'subprocessors', 'data_subject_rights', 'assistance', 'deletion_return', 'audits'].map(
        (clause) => `clauses.${clause}`,
      ),
      ...['name', 'service', 'country', 'transfer', 'approved'].map((key) => `subprocessors[].${key}`),
      ...['type', 'valid_until', 'issuer', 'scope', 'received', 'document'].map((key) => `assurance[].${key}`),
      ...['id', 'title', 'party', 'frequency', 'category', 'owner', 'department', 'due', 'clause'].map((key) => `obligations[].${key}`),
      ...['metric', 'target', 'comparison', 'unit'].map((key) => `obligations[].kpi.${key}`),
      'monitoring.meetings', 'monitoring.training', 'exit.deletion_confirmed', 'exit.method',
      'documents[].title', 'documents[].ref', 'notes',
    ],
    evaluations: [
      'id', 'agreement', 'date', 'type', 'outcome', 'evaluators', 'summary',
      'checklist[].item', 'checklist[].answer', 'checklist[].note',
      'obligations[].id', 'obligations[].status', 'obligations[].value', 'obligations[].note',
      ...['id', 'description', 'severity', 'action', 'owner', 'due', 'status', 'resolved'].map((key) => `findings[].${key}`),
      'next_review', 'documents[].title', 'documents[].ref',
    ],
    incidents: [
      'id', 'agreement', 'title', 'type', 'processor_aware', 'controller_notified', 'authority_notification',
      'authority_notified', 'subjects_notified', 'approx_subjects', 'data_categories', 'description', 'measures',
      'evaluation_report.received', 'evaluation_report.ref', 'status', 'closed',
    ],
  };

  it.each(Object.entries(SPEC_KEYS))('uses every key of SPEC in %s at least once', (folder, keys) => {
    const used = usedKeys(folder);
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
  });

  it('uses every value of the SPEC enumerations that an outsider would pick from', () => {
    const evaluation = parse(readFileSync(join(VALID, 'evaluations/2025/q1/zaaksysteem-2025-03.yaml'), 'utf8')) as {
      checklist: { item: string }[];
    };
    expect(evaluation.checklist.map((c) => c.item).sort()).toEqual(
      [
        'monitoring', 'security-measures', 'reports-received', 'assurance-current', 'incidents-handled',
        'subprocessors-current', 'service-changes', 'roles-assigned', 'staff-aware', 'meetings-held', 'improvements',
      ].sort(),
    );
  });

  it('uses x- keys at the top and deep down, in every kind of file and in the config', () => {
    for (const folder of ['agreements', 'evaluations', 'incidents']) {
      const used = [...usedKeys(folder)];
      expect(used.some((key) => /^x-/.test(key)), folder).toBe(true);
      expect(used.some((key) => /\.x-/.test(key)), folder).toBe(true);
    }
    expect(readFileSync(join(VALID, 'vo.config.yaml'), 'utf8')).toMatch(/^ {4}x-/m);
  });
});

describe('examples/ (the example register)', () => {
  const present = existsSync(join(EXAMPLES, 'vo.config.yaml'));

  it.skipIf(!present)('validates except for its five deliberately broken files, one integrity rule each (exit 1)', async () => {
    const { code, stdout, stderr } = await runVo(['-C', 'examples', 'validate', '--format', 'json'], { cwd: REPO_ROOT });
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.findings.map((f) => `${f.rule} ${f.file}`).sort()).toEqual([
      'duplicate-id evaluations/opzettelijk-fout/2026-07-09-jeugdhulp-portaal-overleg.yaml',
      'id-mismatch evaluations/opzettelijk-fout/2026-08-20-wmo-registratie-overleg.yaml',
      'schema evaluations/opzettelijk-fout/2026-09-29-e-mailarchivering-periodiek.yaml',
      'unknown-reference evaluations/opzettelijk-fout/2026-09-17-parkeervergunning-overleg.yaml',
      'yaml-syntax evaluations/opzettelijk-fout/2026-09-22-klantcontactcentrum-overleg.yaml',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
