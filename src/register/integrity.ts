import { basename } from 'node:path';
import { compareStrings, type Finding, type RuleId } from '../findings.js';
import type { Lang } from '../i18n/lang.js';
import { registerText } from '../i18n/register.js';
import { closest } from '../util/suggest.js';
import type { InvalidRecord, LoadedRecord, Register } from './load.js';
import { locate, type SourceFile, type YamlPath } from './parse.js';
import type { RecordKind } from './types.js';

/**
 * The integrity rules of docs/rules.md besides `yaml-syntax` and `schema`:
 * `id-mismatch`, `duplicate-id` and `unknown-reference`.
 */
export function integrityFindings(register: Register, invalid: readonly InvalidRecord[], lang: Lang): Finding[] {
  const text = registerText(lang);
  const findings: Finding[] = [];
  const at = (rule: RuleId, source: SourceFile, path: YamlPath, message: string) =>
    findings.push({ rule, severity: 'error', message, file: source.file, ...locate(source, path) });

  // Every file with a string id takes part, also those whose other keys failed the schema.
  const all: { kind: RecordKind; file: string; source: SourceFile; id?: string }[] = [
    ...[...register.agreements, ...register.evaluations, ...register.incidents].map((r: LoadedRecord) => ({
      kind: r.kind,
      file: r.file,
      source: r.source,
      id: r.value.id,
    })),
    ...invalid,
  ];
  // Loaded in file order, so usually sorted already: then one pass says so, and no sort is needed.
  const byFile = (a: { file: string }, b: { file: string }) => compareStrings(a.file, b.file);
  if (!all.every((record, i) => i === 0 || byFile(all[i - 1]!, record) <= 0)) all.sort(byFile);

  const firstFile: Record<RecordKind, Map<string, string>> = { agreement: new Map(), evaluation: new Map(), incident: new Map() };
  for (const record of all) {
    if (record.id === undefined) continue;
    if (!namedBy(record.file, record.id)) {
      const expected = fileStem(record.file);
      if (record.id !== expected) at('id-mismatch', record.source, ['id'], text.idMismatch(record.id, expected));
    }
    const seen = firstFile[record.kind];
    const first = seen.get(record.id);
    if (first === undefined) seen.set(record.id, record.file);
    else at('duplicate-id', record.source, ['id'], text.duplicateId(text.kind(record.kind), record.id, first));
  }

  const departments = register.config.departments.map((d) => d.id);
  const readAgreements = all.filter((r) => r.kind === 'agreement' && r.id !== undefined);
  const agreementIds = new Set(readAgreements.map((r) => r.id as string));
  // A scoped load (src/register/scope.ts) left agreement files out of scope unparsed: their ids still exist.
  for (const id of register.scoped?.otherAgreementIds ?? []) agreementIds.add(id);
  // An agreement file that could not be read far enough to give its id (broken YAML) is about the agreement its
  // name names, as every view takes it (src/assessment/file-owners.ts): its own finding says what is wrong, and
  // its evaluations and incidents are not "unknown agreement" errors on top of it.
  const withId = new Set(readAgreements.map((r) => r.file));
  for (const file of register.files) {
    if (file.startsWith('agreements/') && !withId.has(file)) agreementIds.add(fileStem(file));
  }
  // Per agreement id (the last file of an id, as a Map made of all of them would hold), its obligation ids:
  // made once here, not again for each of its evaluations (at 50 000 agreements that was 0.4 s of reaching into memory).
  const obligationIds = new Map<string, string[]>();

  for (const agreement of register.agreements) {
    const { value, source } = agreement;
    obligationIds.set(value.id, (value.obligations ?? []).map((o) => o.id));
    if (!departments.includes(value.department)) {
      at('unknown-reference', source, ['department'], text.unknownDepartment(value.department, departments));
    }
    const seen = new Set<string>();
    (value.obligations ?? []).forEach((obligation, index) => {
      if (seen.has(obligation.id)) at('duplicate-id', source, ['obligations', index, 'id'], text.duplicateObligation(obligation.id));
      seen.add(obligation.id);
      if (obligation.department !== undefined && !departments.includes(obligation.department)) {
        at('unknown-reference', source, ['obligations', index, 'department'], text.unknownDepartment(obligation.department, departments));
      }
    });
  }

  for (const record of [...register.evaluations, ...register.incidents]) {
    const { value, source } = record;
    if (!agreementIds.has(value.agreement)) {
      at('unknown-reference', source, ['agreement'], text.unknownAgreement(value.agreement, closest(value.agreement, agreementIds)));
      continue;
    }
    if (record.kind !== 'evaluation') continue;
    const known = obligationIds.get(value.agreement);
    if (known === undefined) continue; // the agreement itself failed its schema; that finding says enough
    ((value as LoadedRecord<'evaluation'>['value']).obligations ?? []).forEach((assessment, index) => {
      if (!known.includes(assessment.id)) {
        at('unknown-reference', source, ['obligations', index, 'id'], text.unknownObligation(assessment.id, value.agreement, known));
      }
    });
  }
  return findings;
}

/** `agreements/zaak.yaml` → `zaak`: the id a record file's name says it holds. */
function fileStem(file: string): string {
  return basename(file).replace(/\.ya?ml$/, '');
}

/** Whether `file` is named `<id>.yaml` (the usual case, told without making the expected name). */
function namedBy(file: string, id: string): boolean {
  const start = file.lastIndexOf('/') + 1;
  return file.length - start === id.length + 5 && file.startsWith(id, start) && file.endsWith('.yaml');
}
