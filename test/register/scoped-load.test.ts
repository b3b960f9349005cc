import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, type Scope } from '../../src/assessment/assess.js';
import { json } from '../../src/format/json.js';
import { text } from '../../src/format/text.js';
import type { DiscoveredFile } from '../../src/register/discover.js';
import { loadRegister, type InvalidRecord } from '../../src/register/load.js';
import { loadInScope } from '../../src/register/scope.js';
import { agreementModel } from '../../src/views/agreement-model.js';
// @ts-expect-error -- a plain JavaScript module of the benchmark
import { generateRegister } from '../../bench/generate.js';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { context } from '../format/canned-findings.js';

const AS_OF = '2026-10-01';
const EXAMPLES = join(REPO_ROOT, 'examples');

/** What a user sees of a check and of `vo show` in a scope: findings (text and JSON), files counted, the agreements' dossiers. */
function outputs(root: string, scope: Scope, scoped: boolean) {
  const register = loadRegister(root, { lang: 'nl', ...(scoped ? { scope } : {}) });
  const assessment = assess(register, AS_OF, 'nl', scope);
  const ctx = context({ asOf: AS_OF, fileCount: assessment.fileCount });
  return {
    text: text(assessment.findings, ctx),
    json: json(assessment.findings, ctx),
    fileCount: assessment.fileCount,
    agreements: JSON.stringify(assessment.agreements.map((a) => agreementModel(a, 'nl'))),
    broken: JSON.stringify(assessment.broken),
  };
}

function departments(root: string): string[] {
  return [...readFileSync(join(root, 'vo.config.yaml'), 'utf8').matchAll(/^ {2}- id: (\S+)$/gm)].map((m) => m[1]!);
}

/** The example register with what a scoped load could get wrong: ids shared across agreements and departments, broken files, dangling references. */
function trickyRegister(): string {
  const root = join(tempDir('vo-scope-'), 'register');
  cpSync(EXAMPLES, root, { recursive: true });
  const afval = readFileSync(join(root, 'agreements/afvalpassen.yaml'), 'utf8');
  // The same id in another department, in a file that sorts first: a duplicate (and an id-mismatch).
  writeFileSync(join(root, 'agreements/aaa-copy.yaml'), afval.replace('department: openbare-ruimte', 'department: burgerzaken'));
  // An evaluation of zaaksysteem with the id of an evaluation of afvalpassen, sorting before it.
  const evaluation = readFileSync(join(root, 'evaluations/2026/2026-07-08-zaaksysteem-overleg.yaml'), 'utf8');
  const afvalEval = readFileSync(join(root, 'evaluations', findFile(root, 'evaluations', 'agreement: afvalpassen')), 'utf8');
  const afvalEvalId = /^id: (.*)$/m.exec(afvalEval)![1]!;
  mkdirSync(join(root, 'evaluations/0000'), { recursive: true });
  writeFileSync(join(root, 'evaluations/0000/dup.yaml'), evaluation.replace(/^id: .*$/m, `id: ${afvalEvalId}`));
  // Broken YAML naming afvalpassen, a quoted key, a typo in a reference, a broken agreement file.
  writeFileSync(join(root, 'evaluations/0000/broken.yaml'), 'agreement: afvalpassen\nid: [unclosed\n');
  writeFileSync(join(root, 'incidents/quoted.yaml'), readFileSync(join(root, 'incidents', findFile(root, 'incidents', 'agreement:')), 'utf8').replace(/^agreement: .*$/m, '"agreement": afvalpassen').replace(/^id: .*$/m, 'id: quoted'));
  writeFileSync(join(root, 'incidents/typo.yaml'), readFileSync(join(root, 'incidents', findFile(root, 'incidents', 'agreement:')), 'utf8').replace(/^agreement: .*$/m, 'agreement: afvalpasen').replace(/^id: .*$/m, 'id: typo'));
  writeFileSync(join(root, 'agreements/kapot.yaml'), 'id: kapot\ndepartment: burgerzaken\ntitle: [niet gesloten\n');
  writeFileSync(join(root, 'agreements/escaped.yaml'), afval.replace('id: afvalpassen', 'id: "escap\\x65d"').replace('department: openbare-ruimte', 'department: veiligheid'));
  return root;
}

function findFile(root: string, folder: string, needle: string): string {
  const walk = (dir: string): string[] =>
    (readdirSyncSorted(join(root, folder, dir))).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const file = walk('').find((f) => readFileSync(join(root, folder, f), 'utf8').includes(needle));
  if (file === undefined) throw new Error(`no ${folder} file with ${needle}`);
  return file;
}

function readdirSyncSorted(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

describe('a scoped check loads only its agreements and reports exactly what a full check reports about them', () => {
  const registers: [string, () => string][] = [
    ['the example register', () => EXAMPLES],
    ['the example register with shared ids, broken files and dangling references', trickyRegister],
    ['a generated register of 60 agreements', () => {
      const root = join(tempDir('vo-scope-gen-'), 'register');
      generateRegister(root, 60);
      return root;
    }],
  ];
  it.each(registers)('%s: every agreement and every department', (_name, make) => {
    const root = make();
    const ids = loadRegister(root, { lang: 'nl' }).agreements.map((a) => a.value.id);
    const scopes: Scope[] = [
      ...[...new Set(ids)].slice(0, 25).map((agreement) => ({ agreement })),
      ...departments(root).map((department) => ({ department })),
      { agreement: ids[0]!, department: 'burgerzaken' },
    ];
    for (const scope of scopes) expect(outputs(root, scope, true), JSON.stringify(scope)).toEqual(outputs(root, scope, false));
  });

  it('keeps the findings that need the whole register: a duplicate id in another department, an evaluation id taken elsewhere', () => {
    const root = trickyRegister();
    const scoped = outputs(root, { department: 'burgerzaken' }, true).json;
    expect(scoped).toContain('"rule": "duplicate-id"');
    expect(outputs(root, { agreement: 'afvalpassen' }, true).json).toContain('0000/dup.yaml');
  });

  it('leaves the records of other agreements unparsed', () => {
    const register = loadRegister(EXAMPLES, { lang: 'nl', scope: { agreement: 'zaaksysteem' } });
    expect(register.agreements.map((a) => a.value.id)).toEqual(['zaaksysteem']);
    expect(new Set(register.evaluations.map((e) => e.value.agreement))).toEqual(new Set(['zaaksysteem']));
    expect(register.files.length).toBeGreaterThan(register.scoped!.unloaded.size);
    expect(register.scoped!.unloaded.size).toBeGreaterThan(50);
  });

  it('reads each file in scope once: the scan hands its bytes to the parser', () => {
    const files: (DiscoveredFile & { text: string })[] = [
      ...['a1', 'a2'].map((id, i) => ({ kind: 'agreement' as const, file: `agreements/${id}.yaml`, absolute: `/r/a${i}`, text: `id: ${id}\ndepartment: ${id === 'a1' ? 'x' : 'y'}\n` })),
      ...['a1', 'a2', 'a1'].map((agreement, i) => ({ kind: 'evaluation' as const, file: `evaluations/e${i}.yaml`, absolute: `/r/e${i}`, text: `id: e${i}\nagreement: ${agreement}\n` })),
    ];
    const reads = new Map<string, number>();
    const read = (path: string) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return new TextEncoder().encode(files.find((f) => f.absolute === path)!.text);
    };
    const loadedWith: string[] = [];
    const load = (entry: DiscoveredFile, bytes?: Uint8Array) => {
      const text = new TextDecoder().decode(bytes ?? read(entry.absolute));
      loadedWith.push(`${entry.file}${bytes ? '' : ' (read again)'}`);
      return { kind: entry.kind, file: entry.file, value: { id: /^id: (.*)$/m.exec(text)![1] } } as unknown as InvalidRecord;
    };
    const result = loadInScope(files, { department: 'x' }, load, read);
    expect(result?.unloaded).toEqual(new Set(['agreements/a2.yaml', 'evaluations/e1.yaml']));
    expect(loadedWith).toEqual(['agreements/a1.yaml', 'evaluations/e0.yaml', 'evaluations/e2.yaml']);
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
  });

  it('vo check --agreement gives the findings of a full check about that agreement, and a typo still gets its hint', async () => {
    const scoped = await runVo(['-C', EXAMPLES, 'check', '--as-of', AS_OF, '--format', 'json', '--agreement', 'jeugdhulp-portaal']);
    const full = await runVo(['-C', EXAMPLES, 'check', '--as-of', AS_OF, '--format', 'json']);
    const about = (stdout: string) => (JSON.parse(stdout) as { findings: { agreement?: string }[] }).findings.filter((f) => f.agreement === 'jeugdhulp-portaal');
    expect(about(scoped.stdout)).toEqual(about(full.stdout));
    expect(about(scoped.stdout).length).toBeGreaterThan(0);
    const typo = await runVo(['-C', EXAMPLES, 'check', '--as-of', AS_OF, '--agreement', 'zaaksysteme']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('zaaksysteem');
  });
});
