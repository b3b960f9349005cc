import type { BrokenAgreement } from '../assessment/broken-agreements.js';
import type { Config } from '../register/types.js';
import { departmentName, findingModel } from './agreement-records.js';
import type { BrokenAgreementModel, BrokenDossierModel } from './model-types.js';

/** What a report, the site and `vo show` say of an agreement file that could not be read (completely). */
export function brokenAgreementModel(b: BrokenAgreement, config: Config): BrokenAgreementModel {
  return {
    id: b.id,
    title: b.title,
    file: b.file,
    department: b.department,
    departmentName: b.department !== null ? departmentName(config, b.department) : null,
    processor: b.processor,
    phase: b.phase,
    risk: b.risk,
    status: b.status,
    errors: b.errors,
    warnings: b.warnings,
  };
}

/**
 * `vo show` of such an agreement: the same data as the agreement report's dossier of it, with the
 * findings `vo check --agreement ID` reports (the file's integrity findings, and those of its
 * evaluations and incidents), so the dossier still says what is wrong.
 */
export function brokenDossierModel(b: BrokenAgreement, config: Config, asOf: string): BrokenDossierModel {
  return { asOf, ...brokenAgreementModel(b, config), unreadable: true, findings: b.findings.map(findingModel) };
}
