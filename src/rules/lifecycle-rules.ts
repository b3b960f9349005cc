import { daysBetween, isDueSoon, isOverdue } from './dates.js';
import { complianceRule, result, ruleFamily, type RuleResult } from './define.js';
import { doneBy } from './schedule.js';

export const agreementExpired = complianceRule({
  id: 'agreement-expired',
  severity: 'error',
  description: { nl: 'Een overeenkomst in beheer is over haar einddatum heen.', en: 'An agreement in force is past its end date.' },
  message: {
    nl: (d: { end: string; days: number }, f) => `De overeenkomst is op ${f.date(d.end)} afgelopen, maar staat nog als in beheer geregistreerd; ${f.days(d.days)} geleden`,
    en: (d, f) => `The agreement ended on ${f.date(d.end)} but is still registered as in force; ${f.days(d.days)} ago`,
  },
});

export const agreementExpiring = complianceRule({
  id: 'agreement-expiring',
  severity: 'warning',
  description: { nl: 'Een overeenkomst in beheer loopt binnenkort af.', en: 'An agreement in force ends soon.' },
  message: {
    nl: (d: { end: string; days: number }, f) => `De overeenkomst loopt af op ${f.date(d.end)}; nog ${f.days(d.days)}`,
    en: (d, f) => `The agreement ends on ${f.date(d.end)}; ${f.days(d.days)} left`,
  },
});

export const exitPlanMissing = complianceRule({
  id: 'exit-plan-missing',
  severity: 'warning',
  description: { nl: 'Een overeenkomst in beheer met hoog risico heeft geen exitplan (BIO2 5.20).', en: 'A high-risk agreement in force has no exit plan (BIO2 5.20).' },
  message: {
    nl: (_: Record<string, never>) => 'Er is geen exitplan vastgelegd; bij hoog risico is dat nodig (BIO2 5.20)',
    en: () => 'No exit plan is recorded; a high-risk agreement needs one (BIO2 5.20)',
  },
});

export const deletionUnconfirmed = complianceRule({
  id: 'deletion-unconfirmed',
  severity: 'warning',
  description: {
    nl: 'Bij een beëindigde overeenkomst is niet bevestigd dat de gegevens zijn verwijderd of teruggegeven.',
    en: 'An ended agreement has no confirmation that the data was deleted or returned.',
  },
  message: {
    nl: (_: Record<string, never>) =>
      'De overeenkomst is beëindigd, maar niet bevestigd is dat de gegevens zijn verwijderd of teruggegeven (art. 28 lid 3 onder g AVG)',
    en: () => 'The agreement has ended, but the deletion or return of the data is not confirmed (GDPR art. 28(3)(g))',
  },
});

/** The end of an agreement: its end date, the exit plan, and deletion or return of the data afterwards. */
export const lifecycleRules = ruleFamily([agreementExpired, agreementExpiring, exitPlanMissing, deletionUnconfirmed], (context) => {
  const { agreement: a, record, asOf, config, state } = context;
  const results: RuleResult[] = [];
  const subject = { kind: 'agreement' as const };
  const end = a.dates?.end;
  if (context.live && end !== undefined) {
    const at = { record, path: ['dates', 'end'], subject, due: end };
    if (isOverdue(end, asOf)) results.push(result(agreementExpired, at, { end, days: daysBetween(end, asOf) }));
    else if (isDueSoon(end, asOf, config.policy.agreement_end_warning_days)) results.push(result(agreementExpiring, at, { end, days: daysBetween(asOf, end) }));
  }
  if (context.live && state.risk.level === 'high' && a.exit?.plan === undefined) {
    results.push(result(exitPlanMissing, { record, path: a.exit ? ['exit'] : ['id'], subject }, {}));
  }
  if (a.phase === 'ended' && doneBy(a.exit?.deletion_confirmed, asOf) === undefined) {
    results.push(result(deletionUnconfirmed, { record, path: a.exit ? ['exit'] : ['id'], subject }, {}));
  }
  return results;
});
