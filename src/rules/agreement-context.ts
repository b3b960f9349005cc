import type { LoadedRecord } from '../register/load.js';
import type { Agreement, Config } from '../register/types.js';
import { assuranceStates, type AssuranceState } from './assurance-state.js';
import { incidentState, type IncidentState } from './incident-state.js';
import {
  monitoringClock,
  nextEvaluation,
  obligationStates,
  reviewInterval,
  riskLevel,
  type Clock,
  type EvaluationRecord,
  type NextEvaluation,
  type ObligationState,
  type ReviewInterval,
  type RiskLevel,
} from './schedule.js';

/** Everything computed about one agreement on D, once: the rules read it, and so do every view and report. */
export interface AgreementState {
  risk: RiskLevel;
  interval: ReviewInterval;
  /** Computed for every phase that has a base date; only live agreements are watched. */
  nextEvaluation?: NextEvaluation;
  obligations: ObligationState[];
  monitoring: { meetings?: Clock; training?: Clock };
  assurance: AssuranceState[];
  /** Incidents under the agreement that exist on D, newest first. */
  incidents: IncidentState[];
}

/** What a rule family's check reads: one agreement, its records on D, its state, the config and D. Nothing else. */
export interface AgreementContext {
  record: LoadedRecord<'agreement'>;
  agreement: Agreement;
  config: Config;
  /** D, `YYYY-MM-DD`. */
  asOf: string;
  /** Phase `active`. */
  live: boolean;
  /** Phase `signing` or `active`. */
  signingOrLive: boolean;
  /** Evaluations dated on or before D, oldest first (ties: file path order). */
  evaluations: readonly EvaluationRecord[];
  state: AgreementState;
}

export function agreementContext(
  record: LoadedRecord<'agreement'>,
  evaluations: readonly EvaluationRecord[],
  incidents: readonly LoadedRecord<'incident'>[],
  config: Config,
  asOf: string,
): AgreementContext {
  const agreement = record.value;
  const risk = riskLevel(agreement);
  const interval = reviewInterval(agreement, risk.level, config);
  const next = nextEvaluation(agreement, evaluations, interval, config);
  const meetings = monitoringClock(agreement, 'meetings', evaluations, config);
  const training = monitoringClock(agreement, 'training', evaluations, config);
  const incidentStates = incidents
    .map((incident) => incidentState(incident, config, asOf))
    .filter((state): state is IncidentState => state !== undefined && state.exists)
    .sort((x, y) => (x.aware < y.aware ? 1 : x.aware > y.aware ? -1 : x.record.value.id < y.record.value.id ? -1 : 1));
  return {
    record,
    agreement,
    config,
    asOf,
    live: agreement.phase === 'active',
    signingOrLive: agreement.phase === 'active' || agreement.phase === 'signing',
    evaluations,
    state: {
      risk,
      interval,
      ...(next ? { nextEvaluation: next } : {}),
      obligations: obligationStates(agreement, evaluations, config, asOf),
      monitoring: { ...(meetings ? { meetings } : {}), ...(training ? { training } : {}) },
      assurance: assuranceStates(agreement, config, asOf),
      incidents: incidentStates,
    },
  };
}
