/**
 * `vo schema` (SPEC §7): prints or writes the JSON Schemas, draft-07. Then an
 * independent validator, ajv-cli in its own process with its own Ajv instance
 * and strict mode on, compiles what `vo schema --out` wrote and checks real
 * registers against it. ajv-cli reads YAML with js-yaml, which turns unquoted
 * dates into Date objects (YAML 1.1), so the registers are converted to JSON
 * here with eemeli/yaml (YAML 1.2, as vo reads them).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FIXTURES, REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';

const KINDS = ['agreement', 'evaluation', 'incident', 'config'] as const;
type Kind = (typeof KINDS)[number];
const shipped = (kind: Kind) => readFileSync(join(REPO_ROOT, 'schemas', `${kind}.schema.json`), 'utf8');

describe('vo schema', () => {
  it.each(KINDS)('vo schema %s prints the shipped draft-07 schema as valid JSON', async (kind) => {
    const { code, stdout, stderr } = await runVo(['schema', kind], { cwd: tempDir() });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout) as { $schema: string; type: string };
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(stdout).toBe(shipped(kind));
  });

  it('vo schema without a kind prints all four as one JSON object', async () => {
    const { code, stdout } = await runVo(['schema']);
    expect(code).toBe(0);
    const all = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(all).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(all[kind]).toEqual(JSON.parse(shipped(kind)));
  });

  it('an unknown kind is a usage error', async () => {
    const { code, stdout, stderr } = await runVo(['schema', 'contract']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^vo: .*`contract`.*agreement, evaluation, incident, config\n$/);
  });

  it('--out DIR writes the four files byte for byte, creating DIR', async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await runVo(['schema', '--out', 'out/schemas', '--lang', 'en'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/4 schemas.*out\/schemas/);
    const dir = join(cwd, 'out/schemas');
    expect(readdirSync(dir).sort()).toEqual(KINDS.map((k) => `${k}.schema.json`).sort());
    for (const kind of KINDS) expect(readFileSync(join(dir, `${kind}.schema.json`), 'utf8')).toBe(shipped(kind));
  });

  it('--out refuses to overwrite unless --force', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 's'));
    writeFileSync(join(cwd, 's', 'agreement.schema.json'), '{"mine": true}\n');
    const refused = await runVo(['schema', '--out', 's'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^vo: .*agreement\.schema\.json.*--force/);
    expect(readFileSync(join(cwd, 's', 'agreement.schema.json'), 'utf8')).toBe('{"mine": true}\n');
    const forced = await runVo(['schema', '--out', 's', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, 's', 'agreement.schema.json'), 'utf8')).toBe(shipped('agreement'));
  });

  it('--out with a kind writes only that one', async () => {
    const cwd = tempDir();
    expect((await runVo(['schema', 'incident', '--out', '.'], { cwd })).code).toBe(0);
    expect(readdirSync(cwd)).toEqual(['incident.schema.json']);
  });
});

describe('an independent validator (ajv-cli, spawned) accepts what vo schema --out wrote', () => {
  const ajvCli = join(REPO_ROOT, 'node_modules/ajv-cli/dist/index.js');
  let schemaDir: string;
  let dataDir: string;

  /** Run ajv-cli with draft-07, ajv-formats and strict mode (union types allowed: `version` is string or number). */
  const ajv = (command: 'compile' | 'validate', args: string[]) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const extra = command === 'validate' ? ['--errors=line'] : [];
      execFile(
        process.execPath,
        [ajvCli, command, ...args, '--spec=draft7', '-c', 'ajv-formats', '--strict=true', '--allow-union-types', ...extra],
        { cwd: REPO_ROOT, encoding: 'utf8', timeout: 20_000 },
        (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
      );
    });

  /** Write each record of a register as JSON into dataDir/<kind>/<prefix>--<flattened path>.json. */
  function convert(root: string, prefix: string): number {
    let count = 0;
    const folders: [Kind, string][] = [['agreement', 'agreements'], ['evaluation', 'evaluations'], ['incident', 'incidents']];
    const write = (kind: Kind, file: string) => {
      const value = parse(readFileSync(file, 'utf8')) as unknown;
      const name = `${prefix}--${relative(root, file).split(sep).join('__')}.json`;
      writeFileSync(join(dataDir, kind, name), JSON.stringify(value));
      count++;
    };
    const walk = (kind: Kind, dir: string): void => {
      for (const entry of readdirSync(dir)) {
        if (entry.startsWith('.')) continue;
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(kind, path);
        else if (/\.ya?ml$/.test(entry)) write(kind, path);
      }
    };
    for (const [kind, folder] of folders) {
      try {
        walk(kind, join(root, folder));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    write('config', join(root, 'vo.config.yaml'));
    return count;
  }

  beforeAll(async () => {
    const cwd = tempDir();
    expect((await runVo(['schema', '--out', 'schemas'], { cwd })).code).toBe(0);
    schemaDir = join(cwd, 'schemas');
    dataDir = join(cwd, 'data');
    for (const kind of [...KINDS, 'bad'] as const) mkdirSync(join(dataDir, kind), { recursive: true });
    expect(convert(join(FIXTURES, 'valid'), 'valid')).toBe(11);
    // The example register is written by someone else; take it when it is there.
    try {
      statSync(join(REPO_ROOT, 'examples', 'vo.config.yaml'));
      convert(join(REPO_ROOT, 'examples'), 'examples');
    } catch {
      // not there yet
    }
  });

  it('compiles every schema in strict mode', async () => {
    const result = await ajv('compile', KINDS.flatMap((kind) => ['-s', join(schemaDir, `${kind}.schema.json`)]));
    expect(result.stdout.match(/ is valid$/gm)?.length, result.stdout + result.stderr).toBe(KINDS.length);
    expect(result.status, result.stderr).toBe(0);
  });

  it('accepts every record and config of the valid and the example register', async () => {
    const results = await Promise.all(
      KINDS.map((kind) => ajv('validate', ['-s', join(schemaDir, `${kind}.schema.json`), '-d', join(dataDir, kind, '*.json')])),
    );
    KINDS.forEach((kind, index) => {
      const result = results[index] as Awaited<ReturnType<typeof ajv>>;
      const files = readdirSync(join(dataDir, kind));
      expect(files.length, kind).toBeGreaterThan(0);
      expect(result.stderr, kind).not.toMatch(/invalid/);
      expect(result.stdout.match(/ valid$/gm)?.length, kind).toBe(files.length);
      expect(result.status, result.stdout + result.stderr).toBe(0);
    });
  });

  it('rejects wrong types, unknown keys and an unquoted KvK number', async () => {
    const base = parse(readFileSync(join(FIXTURES, 'valid', 'agreements', 'jeugd-portaal.yaml'), 'utf8')) as Record<string, unknown>;
    const cases: Record<string, unknown> = {
      'wrong-type': { ...base, review_months: 'twaalf' },
      'wrong-type-list': { ...base, processing: { purposes: 'één', data_subjects: ['a'], data_categories: ['b'] } },
      'unknown-key': { ...base, procesor: base.processor },
      'unknown-nested-key': { ...base, processor: { name: 'Q', website: 'https://q.example' } },
      // What eemeli/yaml (YAML 1.2) makes of `kvk: 12345678`.
      'unquoted-kvk': { ...base, processor: parse('name: Q\nkvk: 12345678\n') as unknown },
      'impossible-date': { ...base, dates: { signed: '2025-02-30' } },
    };
    expect((cases['unquoted-kvk'] as { processor: { kvk: unknown } }).processor.kvk).toBe(12345678);
    for (const [name, value] of Object.entries(cases)) writeFileSync(join(dataDir, 'bad', `${name}.json`), JSON.stringify(value));
    const result = await ajv('validate', ['-s', join(schemaDir, 'agreement.schema.json'), '-d', join(dataDir, 'bad', '*.json')]);
    expect(result.status).toBe(1);
    for (const name of Object.keys(cases)) expect(result.stderr, name).toMatch(new RegExp(`${name}\\.json invalid`));
    expect(result.stdout).not.toMatch(/ valid$/m);
  });
});
