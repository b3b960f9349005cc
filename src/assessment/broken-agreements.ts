import { compareStrings, type Finding } from '../findings.js';
import type { LoadedRecord, Register } from '../register/load.js';
import type { Phase } from '../register/types.js';
import type { AgreementStatus } from './agreement-status.js';
import type { FileOwners } from './file-owners.js';

/**
 * An agreement file that could not be loaded (broken YAML, or a schema error):
 * a report and `vo list` still show it, as `invalid`, with whatever of its id,
 * title, department, processor and phase could be read.
 */
export interface BrokenAgreement {
  id: string;
  file: string;
  title: string | null;
  department: string | null;
  processor: string | null;
  phase: Phase | null;
  findings: readonly Finding[];
  errors: number;
  warnings: number;
  status: AgreementStatus;
}

const PHASES: readonly string[] = ['draft', 'signing', 'active', 'ended'];

export function brokenAgreements(register: Register, owners: FileOwners, loaded: ReadonlyMap<string, LoadedRecord<'agreement'>>): BrokenAgreement[] {
  const values = new Map(register.invalid.filter((r) => r.kind === 'agreement').map((r) => [r.file, r.value]));
  const broken: BrokenAgreement[] = [];
  for (const [id, files] of owners.agreementFiles) {
    if (loaded.has(id)) continue;
    const file = [...files].sort()[0] as string;
    const raw = values.get(file);
    const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
    const processor = value.processor as Record<string, unknown> | undefined;
    broken.push({
      id,
      file,
      title: text(value.title),
      department: text(value.department),
      processor: text(typeof processor === 'object' && processor !== null ? processor.name : undefined),
      phase: PHASES.includes(value.phase as string) ? (value.phase as Phase) : null,
      findings: [],
      errors: 0,
      warnings: 0,
      status: 'invalid',
    });
  }
  return broken.sort((x, y) => compareStrings(x.id, y.id));
}
