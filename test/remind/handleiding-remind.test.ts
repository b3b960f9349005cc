/**
 * Chapter 8 of docs/handleiding.md quotes a reminder and a line of the summary
 * for the example register as of 2026-10-01. Redo them, so the guide fails
 * here when the messages change, not in front of a reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo, tempDir } from '../helpers/run-cli.js';
import { EXAMPLES, REMIND_AS_OF } from './expected-digests.js';

const GUIDE = readFileSync(join(REPO_ROOT, 'docs', 'handleiding.md'), 'utf8');
const CHAPTER = GUIDE.slice(GUIDE.indexOf('## 9. Herinneringen per mail en in de agenda'));

describe('docs/handleiding.md, chapter 9', () => {
  it('quotes the reminder A. Yilmaz gets, line for line', async () => {
    const out = tempDir('vo-guide-');
    await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', out, '--owner', 'yilmaz'], { env: { NO_COLOR: '1' } });
    const mail = await simpleParser(readFileSync(join(out, '2026-10-01-a-yilmaz.eml')));
    const block = /```\n(Onderwerp: [\s\S]*?)```/.exec(CHAPTER)?.[1];
    expect(block).toBeDefined();
    const [subject, ...body] = block!.split('\n');
    expect(subject).toBe(`Onderwerp: ${mail.subject}`);
    const text = mail.text ?? '';
    const quoted = body.join('\n').trim();
    expect(quoted.length).toBeGreaterThan(200);
    expect(text.startsWith(quoted)).toBe(true);
  });

  it('quotes a line of the summary that vo remind prints', async () => {
    const result = await runVo(['-C', EXAMPLES, 'remind', '--as-of', REMIND_AS_OF, '--out', tempDir('vo-guide-')], { env: { NO_COLOR: '1' } });
    const line = /```\n( {2}CISO: .*)\n```/.exec(CHAPTER)?.[1];
    expect(line).toBeDefined();
    expect(result.stdout.split('\n')).toContain(line);
  });

  it('links to pages that exist', () => {
    for (const [, target] of CHAPTER.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)) expect(() => readFileSync(join(REPO_ROOT, 'docs', target!))).not.toThrow();
  });
});
