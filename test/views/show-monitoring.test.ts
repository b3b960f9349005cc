/** The dossier's monitoring line reads as each language says it: "overleg per kwartaal", "quarterly meeting" (not "meeting quarterly"). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const monitoring = async (lang: string) => {
  const result = await runVo(['-C', EXAMPLES, 'show', 'jeugdhulp-portaal', '--as-of', '2026-10-01', '--lang', lang]);
  expect(result.code).toBe(0);
  return result.stdout.split('\n').find((line) => line.trimStart().startsWith('Monitoring'))?.replace(/\s+/g, ' ').trim();
};

describe('vo show: how often the agreement is monitored', () => {
  it('puts the frequency where each language puts it', async () => {
    expect(await monitoring('nl')).toBe('Monitoring overleg per kwartaal');
    expect(await monitoring('en')).toBe('Monitoring quarterly meeting');
  });
});
