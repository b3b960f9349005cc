import { compareStrings, type Finding } from '../findings.js';
import type { LoadedRecord, Register } from '../register/load.js';
import { LEVELS, type Agreement, type Level, type Phase } from '../register/types.js';
import { riskLevel } from '../rules/schedule.js';
import type { AgreementStatus } from './agreement-status.js';
import type { FileOwners } from './file-owners.js';

/**
 * An agreement file that could not be loaded (broken YAML, or a schema error):
 * a report and `vo list` still show it, as `invalid`, with whatever of its id,
 * title, department, processor, phase and risk level could be read.
 */
export interface BrokenAgreement {
  id: string;
  file: string;
  title: string | null;
  department: string | null;
  processor: string | null;
  phase: Phase | null;
  /** The risk level when its `risk` can be read whole (as `vo list` gives it for a loaded agreement), else null. */
  risk: Level | null;
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
      risk: readableRisk(value.risk),
      findings: [],
      errors: 0,
      warnings: 0,
      status: 'invalid',
    });
  }
  return broken.sort((x, y) => compareStrings(x.id, y.id));
}

const isLevel = (value: unknown): boolean => (LEVELS as readonly unknown[]).includes(value);

/**
 * The level of a broken agreement's `risk`, when every part of it that sets the level
 * reads as the schema wants it (a `level`, or `impact` and `likelihood`, and each MAPGOOD
 * component's); anything less gives null: a level must not be guessed from half a block.
 */
function readableRisk(raw: unknown): Level | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const risk = raw as Record<string, unknown>;
  const pair = (p: unknown) => typeof p === 'object' && p !== null && isLevel((p as Record<string, unknown>).impact) && isLevel((p as Record<string, unknown>).likelihood);
  if (risk.level !== undefined && !isLevel(risk.level)) return null;
  if ((risk.impact !== undefined || risk.likelihood !== undefined) && !pair(risk)) return null;
  if (risk.components !== undefined && !(Array.isArray(risk.components) && risk.components.every(pair))) return null;
  // Nothing that sets a level: no `level`, no `impact`, no component.
  if (risk.level === undefined && risk.impact === undefined && ((risk.components as unknown[] | undefined) ?? []).length === 0) return null;
  return riskLevel({ risk } as unknown as Agreement).level;
}
