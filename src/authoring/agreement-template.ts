import type { Lang } from '../i18n/lang.js';
import type { Phase, Policy } from '../register/types.js';
import { agreementNotes, type AgreementNotes } from './agreement-notes.js';
import { recordPath, schemaModeline } from './register-layout.js';
import { commentInPlace, commentOut, comments, entry, fileText, yamlDate, yamlString } from './yaml-text.js';

export interface AgreementValues {
  id: string;
  title: string;
  department: string;
  processor: string;
  owner: string;
  phase: Phase;
}

export interface AgreementOptions {
  lang: Lang;
  /** Department ids of the config, named in the comment of `department`. */
  departmentIds: readonly string[];
  /** The policy's evaluation interval per risk level, named in the comment on `risk`. */
  reviewMonths: Policy['review_months'];
  /**
   * The sample of `vo init`: every section filled in with example values.
   * Otherwise (`vo new agreement`) only the given values are live and the
   * rest waits as commented-out examples.
   */
  sample: boolean;
}

/** One block of the file: its explanation and its YAML, live in the sample or not. */
interface Section {
  notes: string[];
  lines: string[];
  inSample: boolean;
}

/** The text of a new agreement file (docs/format.md). Pure. */
export function agreementYaml(values: AgreementValues, options: AgreementOptions): string {
  const t = agreementNotes(options.lang);
  const x = t.example;
  const { sample } = options;
  const optional = (lines: string[]) => (sample ? lines : commentInPlace(lines));
  const lines = [
    schemaModeline(recordPath('agreement', values.id), 'agreement'),
    ...comments(0, '', ...t.header(sample ? 'vo init' : 'vo new agreement')),
    '',
    ...comments(0, t.id),
    entry(0, 'id', values.id),
    ...comments(0, t.title),
    entry(0, 'title', yamlString(values.title)),
    ...comments(0, t.department(options.departmentIds.join(', '))),
    entry(0, 'department', values.department),
    ...comments(0, t.processOwner),
    'process_owner:',
    entry(2, 'name', yamlString(values.owner)),
    ...optional([entry(2, 'email', x.ownerEmail), entry(2, 'function', yamlString(x.ownerFunction))]),
    ...comments(0, t.processor),
    'processor:',
    entry(2, 'name', yamlString(values.processor)),
    ...optional([
      entry(2, 'kvk', '"12345678"'),
      '  contact:',
      entry(4, 'name', yamlString(x.contactName)),
      entry(4, 'email', x.contactEmail),
      entry(4, 'phone', '"+31 20 555 0100"'),
      `  breach_contact:  # ${t.breachContact}`,
      entry(4, 'name', yamlString(x.breachName)),
      entry(4, 'email', x.breachEmail),
      entry(4, 'phone', '"+31 20 555 0199"'),
    ]),
    ...comments(0, t.service),
    ...optional([entry(0, 'service', yamlString(x.service))]),
    ...comments(0, t.phase),
    entry(0, 'phase', values.phase),
    '',
    ...comments(0, t.laterPhases),
  ];
  for (const section of sections(t, options.reviewMonths)) {
    lines.push('', ...comments(0, ...section.notes), ...(sample && section.inSample ? section.lines : commentOut(section.lines)));
  }
  return fileText(lines);
}

function list(indent: number, items: readonly string[]): string[] {
  return items.map((item) => `${' '.repeat(indent)}- ${yamlString(item)}`);
}

function sections(t: AgreementNotes, reviewMonths: Policy['review_months']): Section[] {
  const x = t.example;
  return [
    {
      notes: [t.template],
      inSample: true,
      lines: [
        'template:',
        entry(2, 'name', yamlString(x.templateName)),
        entry(2, 'version', '"3.0"'),
        '  deviations:',
        `    - clause: ${yamlString(x.deviationClause)}`,
        entry(6, 'reason', yamlString(x.deviationReason)),
      ],
    },
    {
      notes: [t.dates],
      inSample: true,
      lines: ['dates:', entry(2, 'signed', yamlDate('2026-01-15')), entry(2, 'start', yamlDate('2026-02-01')), entry(2, 'end', yamlDate('2029-01-31'))],
    },
    {
      notes: [t.processing],
      inSample: true,
      lines: [
        'processing:',
        '  purposes:',
        ...list(4, x.purposes),
        '  data_subjects:',
        ...list(4, x.subjects),
        '  data_categories:',
        ...list(4, x.categories),
        entry(2, 'approx_subjects', '25000'),
      ],
    },
    {
      notes: t.risk(reviewMonths),
      inSample: true,
      lines: [
        'risk:',
        entry(2, 'impact', 'medium'),
        entry(2, 'likelihood', 'medium'),
        entry(2, 'assessed', yamlDate('2026-01-10')),
        entry(2, 'method', 'MAPGOOD'),
        '  dpia:',
        entry(4, 'required', 'false'),
      ],
    },
    { notes: [t.reviewMonths], inSample: false, lines: [entry(0, 'review_months', '12')] },
    { notes: [t.breachHours], inSample: true, lines: [entry(0, 'breach_notice_hours', '24')] },
    {
      notes: [t.clauses],
      inSample: true,
      lines: [
        'clauses:',
        entry(2, 'instructions', 'art. 3', t.clauseItems.a),
        entry(2, 'confidentiality', 'art. 6', t.clauseItems.b),
        entry(2, 'security', 'art. 7', t.clauseItems.c),
        entry(2, 'subprocessors', 'art. 8', t.clauseItems.d),
        entry(2, 'data_subject_rights', 'art. 10', t.clauseItems.e),
        entry(2, 'assistance', 'art. 11', t.clauseItems.f),
        entry(2, 'deletion_return', 'art. 14', t.clauseItems.g),
        entry(2, 'audits', 'art. 12', t.clauseItems.h),
      ],
    },
    {
      notes: t.subprocessors,
      inSample: true,
      lines: ['subprocessors:', `  - name: ${yamlString(x.subName)}`, entry(4, 'service', yamlString(x.subService)), entry(4, 'country', 'NL'), entry(4, 'approved', 'true')],
    },
    {
      notes: t.assurance,
      inSample: true,
      lines: ['assurance:', '  - type: iso27001', entry(4, 'valid_until', yamlDate('2027-06-30')), entry(4, 'issuer', yamlString(x.issuer))],
    },
    {
      notes: t.obligations,
      inSample: true,
      lines: [
        'obligations:',
        `  - id: ${x.obligationId}`,
        entry(4, 'title', yamlString(x.obligationTitle)),
        entry(4, 'party', 'processor'),
        entry(4, 'frequency', 'monthly'),
        entry(4, 'owner', yamlString(x.obligationOwner)),
        '    kpi:',
        entry(6, 'metric', yamlString(x.kpiMetric)),
        entry(6, 'target', '99.5'),
        entry(6, 'comparison', '">="'),
        entry(6, 'unit', '"%"'),
      ],
    },
    { notes: [t.monitoring], inSample: true, lines: ['monitoring:', entry(2, 'meetings', 'quarterly'), entry(2, 'training', 'yearly')] },
    { notes: [t.exit], inSample: false, lines: ['exit:', entry(2, 'deletion_confirmed', yamlDate('2029-03-31')), entry(2, 'method', 'deleted')] },
    {
      notes: [t.documents],
      inSample: true,
      lines: ['documents:', `  - title: ${yamlString(x.documentTitle)}`, entry(4, 'ref', 'https://dms.gemeente.example/contracten/vwo.pdf')],
    },
    { notes: [t.notes], inSample: true, lines: [entry(0, 'notes', yamlString(x.notes))] },
  ];
}
