/**
 * Issue #15: whole-file problems each get one finding that says what is wrong
 * and how to fix it; a file of 128 577 unknown keys gives findings, not a stack
 * overflow; config mistakes point at their line.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

interface Report {
  findings: { rule: string; file: string; line: number; column: number; message: string }[];
}

const AGREEMENT = 'id: a\ntitle: A\ndepartment: ict\nprocess_owner:\n  name: P\nprocessor:\n  name: V\nphase: draft\n';
const validateJson = async (root: string, ...args: string[]) => {
  const result = await runVo(['-C', root, 'validate', '--format', 'json', '--lang', 'en', ...args]);
  return { ...result, report: JSON.parse(result.stdout) as Report };
};
const utf16 = (text: string, endian: 'LE' | 'BE', bom: boolean): Buffer => {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  return endian === 'LE' ? le : le.swap16();
};

describe('files that are not UTF-8 YAML text', () => {
  it.each([
    ['LE', true, 'little-endian, with BOM', 'iconv -f UTF-16 -t UTF-8'],
    ['LE', false, 'little-endian, without BOM', 'iconv -f UTF-16LE -t UTF-8'],
    ['BE', true, 'big-endian, with BOM', 'iconv -f UTF-16 -t UTF-8'],
    ['BE', false, 'big-endian, without BOM', 'iconv -f UTF-16BE -t UTF-8'],
  ] as const)('UTF-16 %s (BOM: %s) is called UTF-16, with how to convert it', async (endian, bom, described, command) => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/a.yaml': utf16(AGREEMENT, endian, bom) });
    const { code, report } = await validateJson(root);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]?.rule).toBe('yaml-syntax');
    expect(report.findings[0]?.message).toContain(`file is UTF-16 (${described}), not UTF-8`);
    expect(report.findings[0]?.message).toContain(command);
  });

  it('a UTF-16 config is a one-line error that says UTF-16', async () => {
    const root = tempRegister({ 'vo.config.yaml': utf16(MINIMAL_CONFIG, 'LE', true) });
    const result = await runVo(['-C', root, 'validate', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('file is UTF-16 (little-endian, with BOM), not UTF-8');
  });

  it('CR-only line endings give one finding that says so, not one per key', async () => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/a.yaml': AGREEMENT.replace(/\n/g, '\r') });
    const { report } = await validateJson(root);
    expect(report.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([
      'yaml-syntax 1:1 lines end in CR alone (old Mac style), so the whole file reads as one line; save it with LF (or CRLF) line endings',
    ]);
  });

  it('a named pipe called *.yaml is a finding and is never opened (which would block)', async () => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/b.yaml': AGREEMENT.replace('id: a', 'id: b') });
    expect(spawnSync('mkfifo', [join(root, 'agreements', 'a.yaml')]).status).toBe(0);
    const { code, report } = await validateJson(root);
    expect(code).toBe(1);
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.message}`)).toEqual([
      'agreements/a.yaml yaml-syntax is a named pipe, not a regular file, and is not read',
    ]);
  }, 10_000);
});

describe('a file with 128 577 unknown keys (under 1 MiB)', () => {
  /** Four-letter keys `aaaa`, `aaab`, …: 8 bytes a line, so 128 577 of them stay under 1 MiB. */
  const keys = (count: number) => {
    const lines = [AGREEMENT];
    for (let i = 0; i < count; i++) lines.push(`${[3, 2, 1, 0].map((p) => String.fromCharCode(97 + (Math.floor(i / 26 ** p) % 26))).join('')}: 1\n`);
    return lines.join('');
  };

  it.each(['validate', 'check'])('vo %s gives the first 100 findings and one that says there are more, no crash', async (command) => {
    const content = keys(128_577);
    expect(Buffer.byteLength(content)).toBeLessThan(1024 * 1024);
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/a.yaml': content });
    const result = await runVo(['-C', root, command, '--format', 'json', '--lang', 'en', '--as-of', '2026-10-01']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as Report).findings;
    expect(findings).toHaveLength(101);
    expect(findings[0]).toMatchObject({ rule: 'schema', line: 1, message: 'this file has more errors; only the first 100 are shown. Fix those and check again' });
    expect(findings[1]).toMatchObject({ rule: 'schema', line: 9, column: 1 });
    expect(findings[1]?.message).toMatch(/^unknown key `aaaa`/);
  }, 60_000);
});

describe('config and -C mistakes', () => {
  it('a duplicate department id is a config error at its line, not "unknown department" in every record', async () => {
    const config = `${MINIMAL_CONFIG}  - id: ict\n    name: ICT tweede keer\n`;
    const root = tempRegister({ 'vo.config.yaml': config, 'agreements/a.yaml': AGREEMENT });
    const result = await runVo(['-C', root, 'validate', '--lang', 'en']);
    expect(result.stderr).toBe(
      'vo: vo.config.yaml is invalid (1 error):\nvo.config.yaml:7:9: department `ict` appears twice in departments (first on line 5); each id may appear once\n',
    );
    expect(result.code).toBe(2);
  });

  it('-C naming the config file says -C takes the folder, and suggests its parent', async () => {
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG });
    const result = await runVo(['-C', 'vo.config.yaml', 'validate', '--lang', 'en'], { cwd: root });
    expect(result.stderr).toBe('vo: -C takes the register folder, but vo.config.yaml is a file; did you mean `-C .`?\n');
    expect(result.code).toBe(2);
  });

  it('a zero-width character in an id shows as \\u200B in the message, also in JSON', async () => {
    const root = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/a.yaml': AGREEMENT,
      'evaluations/e.yaml': 'id: e\nagreement: "a\u200b"\ndate: "2026-01-15"\ntype: meeting\n',
    });
    const { report } = await validateJson(root);
    const messages = report.findings.filter((f) => f.file === 'evaluations/e.yaml').map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.some((m) => m.includes('a\\u200B'))).toBe(true);
    expect(messages.join('')).not.toContain('\u200b');
  });
});

describe('report templates', () => {
  const report = (root: string, template: string | Buffer, ...args: string[]) => {
    writeFileSync(join(root, 't.hbs'), template);
    return runVo(['-C', root, 'report', '--as-of', '2026-10-01', '--template', join(root, 't.hbs'), '--lang', 'en', ...args]);
  };
  const register = () => tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/a.yaml': AGREEMENT });

  it('a template that is not UTF-8 is refused with one line', async () => {
    const root = register();
    const result = await report(root, Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    expect(result.stderr).toBe(`vo: template ${join(root, 't.hbs')} is not valid UTF-8 text; save it as UTF-8\n`);
    expect(result.code).toBe(2);
  });

  it('{{log}} never writes into the report on stdout: it is no helper', async () => {
    const root = register();
    const logged: unknown[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void logged.push(args);
    try {
      const result = await report(root, '# R\n{{log "geheim"}}\n');
      expect(result.stdout).not.toContain('geheim');
      expect(result.stderr).toMatch(/^vo: error in template .*t\.hbs line 2: unknown helper `?log`?/);
      expect(result.code).toBe(2);
    } finally {
      console.log = original;
    }
    expect(logged).toEqual([]);
  });

  it('eight nested {{#each}} stop at the step limit with one line naming it', async () => {
    const root = register();
    const nested = (depth: number): string => (depth === 0 ? 'x' : `{{#each (array 1 2 3 4 5 6 7 8 9 10)}}${nested(depth - 1)}{{/each}}`);
    const started = Date.now();
    const result = await report(root, `# R\n${nested(8)}\n`);
    expect(result.stderr).toMatch(/^vo: error in template .*t\.hbs line 2: the template does too much work: more than 10,000,000 steps \(helper calls and block repetitions\)/);
    expect(result.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);
});
