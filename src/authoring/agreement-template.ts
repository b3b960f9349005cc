import type { Lang } from '../i18n/lang.js';
import type { AssuranceType, ClauseKey, Level, Phase, Policy } from '../register/types.js';
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
  /** What an agreement from phase signing or active on needs, when given (`vo new agreement --phase active`). */
  signed?: string;
  impact?: Level;
  likelihood?: Level;
  purposes?: readonly string[];
  dataSubjects?: readonly string[];
  dataCategories?: readonly string[];
  breachHours?: number;
  clauses?: Partial<Record<ClauseKey, string>>;
  assurance?: { type: AssuranceType; validUntil: string };
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

/** One block of the file: its explanation and its YAML as written. */
interface Section {
  notes: string[];
  lines: string[];
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
  for (const section of sections(t, options.reviewMonths, values, sample)) lines.push('', ...comments(0, ...section.notes), ...section.lines);
  return fileText(lines);
}

function list(indent: number, items: readonly string[]): string[] {
  return items.map((item) => `${' '.repeat(indent)}- ${yamlString(item)}`);
}

/**
 * Every block after the basics. Each is written live when its values are
 * given (the rest of the block then waits as examples commented out in
 * place), live with example values in the sample of `vo init`, and otherwise
 * commented out as a whole, ready to use.
 */
function sections(t: AgreementNotes, reviewMonths: Policy['review_months'], v: AgreementValues, sample: boolean): Section[] {
  const x = t.example;
  /** Live in the sample, else commented out. */
  const example = (lines: string[]) => (sample ? lines : commentOut(lines));
  /** Live lines, then examples commented out in place (live in the sample). */
  const given = (live: string[], rest: string[]) => [...live, ...(sample ? rest : commentInPlace(rest))];
  /** Never live: for a later phase, or a second example. */
  const later = (lines: string[]) => commentOut(lines);
  const clauses: [ClauseKey, string, string][] = [
    ['instructions', 'art. 3', t.clauseItems.a],
    ['confidentiality', 'art. 6', t.clauseItems.b],
    ['security', 'art. 7', t.clauseItems.c],
    ['subprocessors', 'art. 8', t.clauseItems.d],
    ['data_subject_rights', 'art. 10', t.clauseItems.e],
    ['assistance', 'art. 11', t.clauseItems.f],
    ['deletion_return', 'art. 14', t.clauseItems.g],
    ['audits', 'art. 12', t.clauseItems.h],
  ];
  const givenClauses = v.clauses ?? {};
  const hasClauses = Object.keys(givenClauses).length > 0;
  const components = (['people', 'equipment', 'software', 'data', 'organisation', 'environment', 'services'] as const).map(
    (component, index) =>
      index === 0
        ? [`    - component: ${component}`, entry(6, 'impact', 'medium'), entry(6, 'likelihood', 'low'), entry(6, 'threats', yamlString(x.threats)), entry(6, 'measures', yamlString(x.measures))]
        : [`    - { component: ${component}, impact: medium, likelihood: ${index === 3 ? 'medium' : 'low'} }`],
  );
  const riskRest = [
    entry(2, 'assessed', yamlDate('2026-01-10')),
    entry(2, 'method', 'MAPGOOD', t.method),
    `  components:  # ${t.components}`,
    ...components.flat(),
    `  dpia:  # ${t.dpia}`,
    entry(4, 'required', 'true'),
    entry(4, 'date', yamlDate('2025-12-01')),
    entry(4, 'ref', 'https://dms.gemeente.example/dpia/zaaksysteem.pdf'),
    entry(4, 'outcome', 'acceptable-with-measures', t.dpiaOutcome),
    entry(4, 'accepted_by', yamlString(x.ownerName)),
    entry(4, 'accepted', yamlDate('2025-12-15'), t.dpiaAccepted),
  ];
  const processingRest = [
    `  special_categories: []  # ${t.specialCategories}`,
    entry(2, 'criminal_data', 'false', t.criminalData),
    entry(2, 'bsn', 'true'),
    entry(2, 'nature', yamlString(x.nature)),
    entry(2, 'approx_subjects', '25000'),
    `  activities:  # ${t.activities}`,
    ...list(4, [x.activity]),
  ];
  return [
    {
      notes: [t.template],
      lines: example([
        'template:',
        entry(2, 'name', yamlString(x.templateName)),
        entry(2, 'version', '"2.42"'),
        '  deviations:',
        `    - clause: ${yamlString(x.deviationClause)}`,
        entry(6, 'reason', yamlString(x.deviationReason)),
      ]),
    },
    {
      notes: [t.dates],
      lines:
        v.signed !== undefined
          ? given(['dates:', entry(2, 'signed', yamlDate(v.signed))], [entry(2, 'start', yamlDate(v.signed)), entry(2, 'end', yamlDate('2029-01-31'))])
          : example(['dates:', entry(2, 'signed', yamlDate('2026-01-15')), entry(2, 'start', yamlDate('2026-02-01')), entry(2, 'end', yamlDate('2029-01-31'))]),
    },
    {
      notes: t.processing,
      lines:
        v.purposes !== undefined || v.dataSubjects !== undefined || v.dataCategories !== undefined
          ? given(
              [
                'processing:',
                ...(v.purposes !== undefined ? ['  purposes:', ...list(4, v.purposes)] : []),
                ...(v.dataSubjects !== undefined ? ['  data_subjects:', ...list(4, v.dataSubjects)] : []),
                ...(v.dataCategories !== undefined ? ['  data_categories:', ...list(4, v.dataCategories)] : []),
              ],
              processingRest,
            )
          : example(['processing:', '  purposes:', ...list(4, x.purposes), '  data_subjects:', ...list(4, x.subjects), '  data_categories:', ...list(4, x.categories), ...processingRest]),
    },
    {
      notes: t.risk(reviewMonths),
      lines:
        v.impact !== undefined && v.likelihood !== undefined
          ? given(['risk:', entry(2, 'impact', v.impact), entry(2, 'likelihood', v.likelihood)], riskRest)
          : example(['risk:', entry(2, 'impact', 'medium'), entry(2, 'likelihood', 'medium'), ...riskRest]),
    },
    {
      notes: t.signing,
      lines: example([
        'signing:',
        '  signed_by:',
        entry(4, 'name', yamlString(x.signerName)),
        entry(4, 'function', yamlString(x.signerFunction)),
        entry(2, 'mandate', yamlString(x.mandate)),
        entry(2, 'fg_advice', yamlDate('2025-12-20'), t.fgAdvice),
      ]),
    },
    { notes: [t.reviewMonths], lines: later([entry(0, 'review_months', '12')]) },
    {
      notes: [t.breachHours],
      lines: v.breachHours !== undefined ? [entry(0, 'breach_notice_hours', String(v.breachHours))] : example([entry(0, 'breach_notice_hours', '24')]),
    },
    {
      notes: [t.clauses],
      lines: hasClauses
        ? ['clauses:', ...clauses.map(([key, reference, item]) => (givenClauses[key] !== undefined ? entry(2, key, yamlString(givenClauses[key]), item) : `  # ${entry(0, key, reference, item)}`))]
        : example(['clauses:', ...clauses.map(([key, reference, item]) => entry(2, key, reference, item))]),
    },
    {
      notes: t.subprocessors,
      lines: [
        ...example(['subprocessors:', `  - name: ${yamlString(x.subName)}`, entry(4, 'service', yamlString(x.subService)), entry(4, 'country', 'NL'), entry(4, 'approved', 'true')]),
        ...(sample ? commentInPlace : (lines: string[]) => commentOut(lines))([
          `  - name: ${yamlString(x.subAbroadName)}`,
          entry(4, 'service', yamlString(x.subAbroadService)),
          entry(4, 'country', 'US'),
          entry(4, 'transfer', 'scc', t.transfer),
          entry(4, 'tia', yamlDate('2026-01-05'), t.tia),
          entry(4, 'approved', 'true'),
          `    change:  # ${t.change}`,
          entry(6, 'notified', yamlDate('2026-09-01')),
          entry(6, 'objection_deadline', yamlDate('2026-10-01')),
          entry(6, 'decision', 'accepted'),
          entry(6, 'decided', yamlDate('2026-09-15')),
        ]),
      ],
    },
    {
      notes: t.assurance,
      lines: [
        ...(v.assurance !== undefined
          ? ['assurance:', `  - type: ${v.assurance.type}`, entry(4, 'valid_until', yamlDate(v.assurance.validUntil))]
          : example(['assurance:', '  - type: iso27001', entry(4, 'valid_until', yamlDate('2027-06-30')), entry(4, 'standard_version', '"2022"'), entry(4, 'issuer', yamlString(x.issuer))])),
        ...(sample || v.assurance !== undefined ? commentInPlace : (lines: string[]) => commentOut(lines))([
          '  - type: isae3402-type2',
          entry(4, 'period_end', yamlDate('2025-12-31'), t.periodEnd),
          entry(4, 'opinion', 'unqualified', t.opinion),
          entry(4, 'exceptions', '0'),
          entry(4, 'received', yamlDate('2026-03-15')),
        ]),
      ],
    },
    {
      notes: t.obligations,
      lines: example([
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
      ]),
    },
    { notes: [t.monitoring], lines: example(['monitoring:', entry(2, 'meetings', 'quarterly'), entry(2, 'training', 'yearly')]) },
    {
      notes: t.exit,
      lines: [
        ...example(['exit:', entry(2, 'plan', 'https://dms.gemeente.example/contracten/exitplan.pdf', t.exitPlan)]),
        ...(sample ? commentInPlace : (lines: string[]) => commentOut(lines))([entry(2, 'deletion_confirmed', yamlDate('2029-03-31'), t.deletion), entry(2, 'method', 'deleted')]),
      ],
    },
    {
      notes: [t.documents],
      lines: example(['documents:', `  - title: ${yamlString(x.documentTitle)}`, entry(4, 'ref', 'https://dms.gemeente.example/contracten/vwo.pdf')]),
    },
    { notes: [t.notes], lines: example([entry(0, 'notes', yamlString(x.notes))]) },
  ];
}
