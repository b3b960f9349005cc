import { viewText, type ViewMessages } from '../../i18n/views.js';
import { formatText } from '../../i18n/format.js';
import { daysBetween } from '../../rules/dates.js';
import type { AgreementModel, FindingModel, TimelineEntry } from '../../views/model-types.js';
import { chalkFor, statusPainter, type ViewContext } from './context.js';
import { layoutTable, oneLine, renderTable, textWidth, type TableColumn } from './table.js';
import { truncate, wrap } from './wrap.js';
import { maxOf } from '../../util/max.js';

/**
 * `vo show` on a terminal: the key data as aligned label–value lines (wrapped to
 * the width), then obligations, timeline, what is coming and the current findings.
 * Timeline and agenda lines are cut with '…' so each stays one line; finding messages
 * wrap instead: they are the point of their section.
 */
export function dossierText(d: AgreementModel, context: ViewContext): string {
  const t = viewText(context.lang);
  const s = t.show;
  const chalk = chalkFor(context);
  const width = context.width;
  const out: string[] = [chalk.bold(truncate(oneLine(`${d.id} — ${d.title}`), width)), chalk.dim(s.heading(d.asOf)), ''];

  out.push(...keyDataLines(keyData(d, t), width));

  if (d.obligations.length > 0) {
    const h = t.head.obligations;
    const columns: TableColumn[] = [
      { head: h.title, flex: true, minWidth: 28 },
      { head: h.frequency, drop: 1 },
      { head: h.lastAssessed, drop: 2 },
      { head: h.nextDue },
      { head: h.status },
    ];
    const body = d.obligations.map((o) =>
      [o.title, t.frequency[o.frequency], o.lastAssessed ?? '', o.nextDue ?? '', t.obligationStatus[o.shownStatus] ?? o.status].map(oneLine),
    );
    const paint = statusPainter(chalk);
    const table = renderTable(columns, body, layoutTable(columns, body, width - 2), {
      head: (text) => chalk.bold(text),
      rule: (text) => chalk.dim(text),
      paint: (text, column, r) => (column === 4 ? paint(d.obligations[r]!.shownStatus, text) : text),
    });
    out.push('', chalk.bold.underline(s.sections.obligations), ...table.split('\n').map((line) => `  ${line}`));
  }

  out.push('', chalk.bold.underline(s.sections.timeline));
  if (d.timeline.length === 0) out.push(`  ${s.none}`);
  for (const entry of d.timeline) out.push(truncate(`  ${entry.date}  ${oneLine(timelineLine(entry, t))}`, width));

  out.push('', chalk.bold.underline(s.sections.upcoming));
  if (d.upcoming.length === 0) out.push(`  ${d.phase === 'active' ? s.none : s.notLive(t.phase[d.phase])}`);
  const whens = d.upcoming.map((item) => t.when(daysBetween(d.asOf, item.date), item.overdue));
  const whenWidth = maxOf(whens.map(textWidth), 0);
  for (const [i, item] of d.upcoming.entries()) {
    const line = truncate(`  ${item.date}  ${whens[i]!.padEnd(whenWidth)}  ${oneLine(item.title)}`, width);
    out.push(item.overdue ? chalk.red(line) : line);
  }

  out.push('', ...findingsSection(d.findings, context));
  return out.join('\n') + '\n';
}

/** The dossier's last section, "Huidige bevindingen": each finding's severity, rule and location, its message wrapped below. */
export function findingsSection(findings: readonly FindingModel[], context: ViewContext): string[] {
  const s = viewText(context.lang).show;
  const chalk = chalkFor(context);
  const width = context.width;
  const out = [chalk.bold.underline(s.sections.findings)];
  if (findings.length === 0) out.push(`  ${chalk.green(s.noFindings)}`);
  const severity = formatText(context.lang).severity;
  for (const f of findings) {
    const colour = f.severity === 'error' ? chalk.red : chalk.yellow;
    const head = `  ${severity[f.severity]}  ${f.rule}`;
    const location = `${f.file}:${f.line}:${f.column}`;
    // The location moves to its own line rather than being cut: it is what you open.
    const sameLine = textWidth(head) + 2 + textWidth(location) <= width;
    out.push(`  ${colour(severity[f.severity])}  ${f.rule}${sameLine ? `  ${chalk.dim(location)}` : ''}`);
    if (!sameLine) out.push(`    ${chalk.dim(location)}`);
    for (const line of wrap(oneLine(f.message), width - 4)) out.push(`    ${line}`); // no spread: a long message wraps to many lines
  }
  return out;
}

/** Label–value lines, each value wrapped under itself rather than cut: the reasons in them are the point. */
export function keyDataLines(pairs: readonly (readonly [string, readonly string[]])[], width: number): string[] {
  const labelWidth = pairs.reduce((widest, [label]) => Math.max(widest, textWidth(label)), 0);
  const indent = ' '.repeat(labelWidth + 4);
  return pairs.flatMap(([label, values]) =>
    values
      .flatMap((value) => wrap(oneLine(value), Math.max(20, width - indent.length)))
      .map((line, i) => (i === 0 ? `  ${label.padEnd(labelWidth)}  ` : indent) + line),
  );
}

function keyData(d: AgreementModel, t: ViewMessages): [string, string[]][] {
  const s = t.show;
  const l = s.labels;
  const contact = d.processor.contact;
  const owner = d.processOwner;
  const risk = d.risk;
  const why =
    risk.source === 'level'
      ? s.riskWhy.level
      : risk.source === 'matrix'
        ? risk.impact !== null && risk.likelihood !== null
          ? s.riskWhy.matrix(t.level[risk.impact], t.level[risk.likelihood])
          : s.riskWhy.components
        : s.riskWhy.missing;
  const riskExtra = [risk.method, risk.assessed].filter((v): v is string => v !== null);
  const signing = [d.signing.signedBy ? [d.signing.signedBy.name, d.signing.signedBy.function].filter(Boolean).join(', ') : null, d.signing.mandate].filter(
    (v): v is string => v !== null && v !== '',
  );
  const pairs: [string, string[] | string | null][] = [
    [l.department, `${d.departmentName} (${d.department})`],
    [l.status, `${t.status[d.status] ?? d.status} (${s.counts(d.errors, d.warnings)})`],
    [l.phase, t.phase[d.phase]],
    [l.service, d.service],
    [l.processOwner, [owner.name, owner.function].filter(Boolean).join(', ') + (owner.email ? ` <${owner.email}>` : '')],
    [l.processor, d.processor.name + (d.processor.kvk ? ` (${l.kvk} ${d.processor.kvk})` : '')],
    [l.contact, contact ? [contact.name, contact.email, contact.phone].filter(Boolean).join(', ') : null],
    [l.template, d.template ? [d.template.name, d.template.version, d.template.deviations?.length ? s.deviations(d.template.deviations.length) : undefined].filter((v) => v !== undefined).join(', ') : null],
    [l.signed, d.dates.signed ?? s.none],
    [l.start, d.dates.start ?? s.none],
    [l.end, d.dates.end ?? s.indefinite],
    [l.signing, signing.length > 0 ? signing.join('; ') : null],
    [l.fgAdvice, d.signing.fgAdvice],
    [l.risk, `${risk.level !== null ? t.level[risk.level] : t.notAssessed} (${[why, ...riskExtra].join('; ')})`],
    [l.components, risk.components.map((c) => `${s.component[c.component]}: ${t.level[c.level]} (${s.impactLikelihood(t.level[c.impact], t.level[c.likelihood])})`)],
    [l.missingComponents, risk.missingComponents.length > 0 ? risk.missingComponents.map((c) => s.component[c]).join(', ') : null],
    [
      l.dpia,
      d.dpia
        ? [s.dpia(d.dpia.required, d.dpia.date) + (d.dpia.ref ? ` (${d.dpia.ref})` : ''), d.dpia.outcome ? s.dpiaOutcome[d.dpia.outcome] : null, d.dpia.accepted ? s.accepted(d.dpia.accepted, d.dpia.acceptedBy) : null, d.dpia.priorConsultation ? s.priorConsultation(d.dpia.priorConsultation) : null]
            .filter((v): v is string => v !== null)
            .join('; ')
        : null,
    ],
    [l.interval, s.intervalWhy(d.reviewInterval.months, d.reviewInterval.source, t.level[risk.ruleLevel], d.reviewInterval.policyMonths)],
    [
      l.nextEvaluation,
      d.nextEvaluation
        ? `${d.nextEvaluation.due} (${s.nextWhy(d.nextEvaluation.base, d.nextEvaluation.baseSource, d.nextEvaluation.months, d.nextEvaluation.reason)})` +
          (d.nextEvaluation.daysLate !== null
            ? `; ${t.when(-d.nextEvaluation.daysLate, true)}`
            : d.nextEvaluation.daysLeft !== null && d.nextEvaluation.daysLeft < 0
              ? `; ${t.when(d.nextEvaluation.daysLeft, false)}`
              : '')
        : s.none,
    ],
    [l.breachTerm, d.breachNoticeHours !== null ? s.hours(d.breachNoticeHours) : s.none],
    [
      l.monitoring,
      [d.monitoring.meetings && s.cadence(t.kind.meeting ?? 'meeting', t.frequency[d.monitoring.meetings.cadence] ?? d.monitoring.meetings.cadence), d.monitoring.training && s.cadence(t.kind.training ?? 'training', t.frequency[d.monitoring.training.cadence] ?? d.monitoring.training.cadence)]
        .filter(Boolean)
        .join(', ') || null,
    ],
    [
      l.assurance,
      d.assurance.map(
        (a) =>
          `${t.assuranceType(a.type)} → ${a.end} (${s.assuranceState[a.state]})` +
          (a.opinion && a.opinion !== 'unqualified' ? `, ${s.opinion[a.opinion]}` : '') +
          (a.exceptions !== null ? `, ${s.exceptions(a.exceptions)}` : '') + // 0 exceptions is news too
          (a.issuer ? `, ${a.issuer}` : ''),
      ),
    ],
    [
      l.subprocessors,
      d.subprocessors.map(
        (p) =>
          `${p.name} (${[p.country, p.transfer ? s.transfer[p.transfer] : null, p.approved === false ? s.notApproved : null].filter(Boolean).join(', ')})` +
          (p.change ? `; ${s.change(p.change.notified, p.change.objectionDeadline, p.change.decision)}` : ''),
      ),
    ],
    [l.exitPlan, d.exit?.plan ?? null],
    [l.file, d.file],
  ];
  return pairs.flatMap(([label, value]): [string, string[]][] => {
    const values = value === null ? [] : Array.isArray(value) ? value : [value];
    return values.length > 0 && values.some((v) => v !== '') ? [[label, values]] : [];
  });
}

function timelineLine(entry: TimelineEntry, t: ViewMessages): string {
  const s = t.show;
  switch (entry.kind) {
    case 'evaluation':
      return `${s.evaluationType[entry.type] ?? entry.type}${entry.outcome ? ` — ${s.outcome[entry.outcome] ?? entry.outcome}` : ''} (${entry.id})`;
    case 'finding': {
      const details = [t.level[entry.severity], s.findingStatus[entry.status], entry.due ? s.due(entry.due) : undefined].filter(Boolean).join(', ');
      return `  ${entry.id} (${details}): ${entry.description}`;
    }
    case 'incident':
      return `${s.incidentType[entry.type] ?? entry.type}: ${entry.title} (${s.findingStatus[entry.status]}, ${entry.id})`;
  }
}
