/**
 * A key must be plain text: a list, a map or an empty key is a `yaml-syntax` finding at
 * the key, in Dutch and English, and eemeli/yaml never writes to stderr (it warns there
 * about keys that are lists or maps).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import { parseYamlFile } from '../../src/register/parse.js';
import { MINIMAL_CONFIG, runVo, tempRegister } from '../helpers/run-cli.js';

const HEAD = 'id: a\ntitle: A\n';

/** `line:column message` of each finding of a file that must not parse. */
function findings(text: string, lang: Lang = 'en'): string[] {
  const result = parseYamlFile('agreements/a.yaml', Buffer.from(text, 'utf8'), lang);
  if (result.ok) throw new Error(`expected a yaml-syntax finding, got ${JSON.stringify(result.value)}`);
  for (const finding of result.findings) expect(finding).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
  return result.findings.map((f: Finding) => `${f.line}:${f.column} ${f.message}`);
}

describe('a key that is not plain text', () => {
  const collection = 'YAML error: a key must be plain text, not a list or a map; write the key as a word, e.g. `notes:`';
  const empty =
    'YAML error: a key must be plain text, and this key is empty (`null` and `~` count as empty); write the name of the key, or put it in quotes';

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a list or a map as a key is a finding at the key, not a schema finding at 1:1', () => {
    expect(findings(`${HEAD}[a]: x\nx-b:\n  {c: d}: e\n`)).toEqual([`3:1 ${collection}`, `5:3 ${collection}`]);
  });

  it('an alias of a list as a key is one too', () => {
    expect(findings(`${HEAD}x-a: &list [1]\n*list : x\n`)).toEqual([`4:1 ${collection}`]);
  });

  it('an empty key, `null` and `~` are findings at the key, not "unknown key ``"', () => {
    expect(findings(`${HEAD}? \n: x\nnull: y\n~: z\n`)).toEqual([`3:3 ${empty}`, `5:1 ${empty}`, `6:1 ${empty}`]);
  });

  it('says so in Dutch', () => {
    expect(findings(`${HEAD}[a]: x\nnull: y\n`, 'nl')).toEqual([
      '3:1 YAML-fout: een sleutel moet gewone tekst zijn, geen lijst of object; schrijf de sleutel als woord, bijvoorbeeld `notes:`',
      '4:1 YAML-fout: een sleutel moet gewone tekst zijn, en deze sleutel is leeg (`null` en `~` tellen als leeg); ' +
        'schrijf de naam van de sleutel, of zet hem tussen aanhalingstekens',
    ]);
  });

  it('a number or a quoted word as a key still reads as text (the schema judges it)', () => {
    const result = parseYamlFile('agreements/a.yaml', Buffer.from(`${HEAD}1: x\n"null": y\n`), 'en');
    expect(result.ok && result.value).toEqual({ id: 'a', title: 'A', 1: 'x', null: 'y' });
  });

  it('eemeli/yaml is told to stay silent on every file it reads, so nothing of it can reach stderr', () => {
    const result = parseYamlFile('agreements/a.yaml', Buffer.from(`${HEAD}x-a: &a 1\nx-b: *a\n`), 'en');
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    expect(result.source.doc.options.logLevel).toBe('silent');
  });

  it('nothing reaches stderr from eemeli/yaml, also from vo check on such a file', async () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    findings(`${HEAD}[a]: x\n`);
    const root = tempRegister({ 'vo.config.yaml': MINIMAL_CONFIG, 'agreements/a.yaml': `${HEAD}department: ict\n{b: c}: x\n` });
    const { stdout, stderr } = await runVo(['-C', root, 'check', '--as-of', '2026-10-01', '--format', 'json', '--lang', 'en']);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout) as { findings: Finding[] };
    expect(report.findings.map((f) => `${f.file} ${f.rule} ${f.line}:${f.column} ${f.message}`)).toEqual([
      `agreements/a.yaml yaml-syntax 4:1 ${collection}`,
    ]);
    expect(emitWarning).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });
});
