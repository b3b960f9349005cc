import type { RuleId } from './rules/rule-id.js';

/**
 * One finding type for YAML, schema and compliance problems alike (STYLE.md).
 * A compliance finding is data first: its rule, what it is about (`subject`),
 * when that fell due and how late it is, and the values its message was
 * rendered from. Only formatters turn it into text for a reader.
 */
export type Severity = 'error' | 'warning';
export type { RuleId };

/** What a finding is about, below its agreement. */
export type SubjectKind =
  | 'agreement'
  | 'clause'
  | 'processing'
  | 'assurance'
  | 'subprocessor'
  | 'obligation'
  | 'action'
  | 'monitoring'
  | 'incident'
  | 'file';

export interface Subject {
  kind: SubjectKind;
  /**
   * Which one: a clause key, a processing part, an assurance type, a
   * sub-processor's name, an obligation id, `<evaluation id>/<finding id>`, `meetings` or
   * `training`, an incident id, a file path; absent for the agreement itself.
   */
  id?: string;
  /**
   * 2, 3, … for the second, third, … sub-processor of the same name in one agreement (names need not be
   * unique: one company, two services), obligation of the same id (a `duplicate-id` of its own), or
   * finding (action) of the same id in one evaluation;
   * absent for the first, so its key stays what it always was.
   */
  occurrence?: number;
}

/**
 * The subject of each sub-processor of an agreement, in order: its name, and its
 * number among those of that name from the second one on (as the agenda's ics UID does).
 */
export function subprocessorSubjects(subprocessors: readonly { name: string }[]): Subject[] {
  return numberedSubjects('subprocessor', subprocessors.map((s) => s.name));
}

/**
 * The subject of each obligation of an agreement, in order: its id, and from the second obligation of an id on
 * (a `duplicate-id` finding of its own) its number, so each one's findings stay its own.
 */
export function obligationSubjects(obligations: readonly { id: string }[]): Subject[] {
  return numberedSubjects('obligation', obligations.map((o) => o.id));
}

/**
 * The subject of each finding (action) of one evaluation, in order: `<evaluation id>/<finding id>`, and from the
 * second finding of an id in that evaluation on its number, so each action's lateness stays its own.
 */
export function actionSubjects(evaluationId: string, findings: readonly { id: string }[]): Subject[] {
  return numberedSubjects('action', findings.map((f) => `${evaluationId}/${f.id}`));
}

function numberedSubjects(kind: SubjectKind, ids: readonly string[]): Subject[] {
  const numbers = occurrences(ids);
  return ids.map((id, index) => {
    const occurrence = numbers[index] as number;
    return { kind, id, ...(occurrence > 1 ? { occurrence } : {}) };
  });
}

/** For each id in order: 1 for the first of that id, 2 for the second, and so on. */
export function occurrences(ids: readonly string[]): number[] {
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    return occurrence;
  });
}

/** Which one of its kind a subject is: its id, and its number from the second sub-processor of a name on. */
export function subjectId(subject: Pick<Subject, 'id' | 'occurrence'>): string {
  const id = subject.id ?? '';
  return subject.occurrence === undefined || subject.occurrence === 1 ? id : `${id}\n${subject.occurrence}`;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Rendered in the run's language from `data`. */
  message: string;
  /** Path relative to the register root, with `/` separators. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** Set on every compliance finding, and on integrity findings whose record names its agreement. */
  agreement?: string;
  /** `YYYY-MM-DD`: the date the thing fell due, grace excluded; set on every finding about a due date. */
  due?: string;
  /** D − `due` in days, when `due` lies before D. */
  daysLate?: number;
  /** Set on every compliance finding; integrity findings are about their file. */
  subject?: Subject;
  /** The values the message was rendered from (dates `YYYY-MM-DD`, code values as in the register). */
  data?: Readonly<Record<string, unknown>>;
}

/** Sort order of `vo check`: file, line, column, rule (then message, for byte-identical output). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.rule, b.rule) ||
    compareStrings(a.message, b.message)
  );
}

/** Locale-independent string order, so output never depends on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

/**
 * A finding's identity across runs and commits: its rule and what it is about,
 * never its line or column, so moving lines does not make a finding new
 * (`vo check --new-since`, `vo diff`, GitLab fingerprints). Integrity findings
 * have no subject beyond their file, so their message tells them apart. Two
 * sub-processors of one name are two subjects: the second one's key carries its
 * number, the first one's is the key a lone one of that name has.
 */
export function findingKey(finding: Finding): string {
  const { rule, agreement, subject } = finding;
  if (subject === undefined) return [rule, agreement ?? '', 'file', finding.file, finding.message].join('\u0000');
  return [rule, agreement ?? '', subject.kind, subjectId(subject)].join('\u0000');
}
