import { compareFindings, type Finding } from '../findings.js';
import type { Register } from '../register/load.js';
import { fileOwners } from './file-owners.js';
import { extend } from '../util/extend.js';

/**
 * What `vo validate` reports: the integrity findings, each with the agreement
 * its file belongs to where that could be read, sorted — without running a
 * compliance rule.
 */
export function integrityOnly(register: Register): Finding[] {
  const owners = fileOwners(register);
  return register.findings
    .map((finding) => {
      const agreement = finding.agreement ?? owners.agreementOf.get(finding.file);
      return agreement !== undefined && finding.agreement === undefined ? extend(finding, { agreement }) : finding;
    })
    .sort(compareFindings);
}
