/**
 * Every error code eemeli/yaml can report has a text of our own in Dutch and English
 * that says what to do, so Dutch output never shows the library's English.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerText } from '../../src/i18n/register.js';
import { parseYamlFile } from '../../src/register/parse.js';

/** The `ErrorCode` union of the installed eemeli/yaml, read from its type declarations. */
function libraryErrorCodes(): string[] {
  const declarations = join(dirname(createRequire(import.meta.url).resolve('yaml')), 'errors.d.ts');
  const union = /export type ErrorCode = ([^;]+);/.exec(readFileSync(declarations, 'utf8'))?.[1] ?? '';
  return [...union.matchAll(/'([A-Z0-9_]+)'/g)].map((match) => match[1] as string);
}

const LIBRARY_TEXT = 'the library’s English';

describe('texts for eemeli/yaml’s error codes', () => {
  const codes = libraryErrorCodes();

  it('reads the codes from the library (so the next test cannot pass on an empty list)', () => {
    expect(codes.length).toBeGreaterThanOrEqual(23);
    expect(codes).toContain('BAD_DQ_ESCAPE');
  });

  it('every ErrorCode has its own text in Dutch and in English, not the library’s', () => {
    for (const code of codes) {
      const nl = registerText('nl').yaml(code, LIBRARY_TEXT, '!x');
      const en = registerText('en').yaml(code, LIBRARY_TEXT, '!x');
      expect(nl, code).toMatch(/^YAML-fout: [a-z`].{20,}$/);
      expect(en, code).toMatch(/^YAML error: [a-z`].{20,}$/);
      expect(nl, code).not.toContain(LIBRARY_TEXT);
      expect(en, code).not.toContain(LIBRARY_TEXT);
      expect(nl, code).not.toBe(en.replace('YAML error', 'YAML-fout'));
    }
  });

  it('a code the library adds later falls back to its English text', () => {
    expect(registerText('nl').yaml('SOMETHING_NEW', 'Something new', 'x')).toBe('YAML-fout: Something new');
  });
});

describe('Dutch messages for YAML errors that used to show English', () => {
  const dutch = (text: string) => {
    const result = parseYamlFile('agreements/a.yaml', Buffer.from(text, 'utf8'), 'nl');
    if (result.ok) throw new Error('expected a yaml-syntax finding');
    return result.findings.map((f) => `${f.rule} ${f.line}:${f.column} ${f.message}`);
  };

  it('an invalid escape in double quotes (`"\\q"`)', () => {
    expect(dutch('id: a\ntitle: "\\q"\n')).toEqual([
      'yaml-syntax 2:9 YAML-fout: ongeldige escape tussen dubbele aanhalingstekens; ' +
        'schrijf een backslash als `\\\\`, of gebruik enkele aanhalingstekens',
    ]);
  });

  it('a key longer than 1024 characters', () => {
    expect(dutch(`id: a\n${'k'.repeat(1100)}: x\n`)).toEqual([
      'yaml-syntax 2:1 YAML-fout: de dubbele punt staat meer dan 1024 tekens na het begin van de sleutel; ' +
        'maak de sleutel korter, of zet een lange waarde met een dubbele punt erin tussen aanhalingstekens',
    ]);
  });
});
