/** Who is who: matching `--owner`, addresses from the register, and the file name each owner's message gets. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MINIMAL_CONFIG, runVo, tempDir, tempRegister } from '../helpers/run-cli.js';
import { fileNames, fileSlug } from '../../src/remind/eml-files.js';
import { isPlainAddress, matchesOwner } from '../../src/remind/owners.js';

const agreement = (id: string, owner: string, email: string | undefined, extra = '') => `id: ${id}
title: Overeenkomst ${id}
department: ict
process_owner:
  name: ${owner}
${email !== undefined ? `  email: ${email}\n` : ''}processor:
  name: Verwerker B.V.
phase: active
dates:
  signed: "2025-01-01"
  start: "2025-01-01"
${extra}`;

const OWNED_BY = (owner: string) =>
  `obligations:\n  - id: rapport\n    title: Rapportage\n    party: processor\n    frequency: once\n    due: "2025-06-01"\n    owner: ${owner}\n`;

describe('owners', () => {
  it('--owner matches part of the name, ignoring case and extra spaces', () => {
    expect(matchesOwner('L. Smit', 'smit')).toBe(true);
    expect(matchesOwner('L.  Smit ', 'l. SMIT')).toBe(true);
    expect(matchesOwner('K. Smits', 'smit')).toBe(true);
    expect(matchesOwner('L. Smit', 'smith')).toBe(false);
  });

  it('takes only a plain address as an address', () => {
    expect(isPlainAddress('l.smit@gemeente.example')).toBe(true);
    for (const bad of ['l.smit', 'L. Smit <l.smit@gemeente.example>', 'a@b', 'a b@c.example', 'a@b.example\r\nBcc: x@y.example']) expect(isPlainAddress(bad), bad).toBe(false);
  });

  it('gives an obligation owner the address of the one process owner with that name', async () => {
    const register = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/a.yaml': agreement('a', 'L. Smit', 'l.smit@gemeente.example'),
      'agreements/c.yaml': agreement('c', 'P. de Vries', undefined, OWNED_BY('L.  smit')),
    });
    const out = tempDir('vo-owners-');
    const result = await runVo(['-C', register, 'remind', '--as-of', '2026-10-01', '--days', '0', '--out', out, '--dry-run'], { env: { NO_COLOR: '1' } });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  L. Smit <l.smit@gemeente.example>: 2 te laat — geschreven: ');
    expect(result.stdout).toContain('  P. de Vries: 1 te laat — GEEN E-MAILADRES');
    expect(readdirSync(out)).toEqual(['2026-10-01-l-smit.eml']);
  });

  it('keeps two colleagues who share a name apart, and sends nobody what could be either\'s', async () => {
    const register = tempRegister({
      'vo.config.yaml': MINIMAL_CONFIG,
      'agreements/a.yaml': agreement('a', 'L. Smit', 'l.smit@gemeente.example'),
      'agreements/b.yaml': agreement('b', 'l. smit', 'lotte.smit@gemeente.example'),
      'agreements/c.yaml': agreement('c', 'P. de Vries', undefined, OWNED_BY('L. Smit')),
    });
    const out = tempDir('vo-owners-');
    const result = await runVo(['-C', register, 'remind', '--as-of', '2026-10-01', '--days', '0', '--out', out, '--dry-run'], { env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'vo: let op: het register geeft proceseigenaren met de naam L. Smit 2 verschillende e-mailadressen; wat L. Smit als eigenaar van een verplichting of actie moet doen, gaat daarom naar niemand (zie het overzicht)\n',
    );
    expect(result.stdout).toContain('  L. Smit: 1 te laat — GEEN E-MAILADRES\n');
    expect(result.stdout).toContain('  L. Smit <l.smit@gemeente.example>: 1 te laat — geschreven: ');
    expect(result.stdout).toContain('  L. Smit <lotte.smit@gemeente.example>: 1 te laat — geschreven: ');
    expect(readdirSync(out).sort()).toEqual(['2026-10-01-l-smit-2.eml', '2026-10-01-l-smit.eml']);
    const ics = await runVo(['-C', register, 'agenda', '--as-of', '2026-10-01', '--days', '0', '--format', 'ics']);
    expect(ics.stdout.replace(/\r\n /g, '').match(/mailto:[^\r]+/g)?.sort()).toEqual(['mailto:l.smit@gemeente.example', 'mailto:lotte.smit@gemeente.example']);
  });

  it('names files by date and owner, accents dropped, and never twice the same', () => {
    expect(fileSlug('S. El Amrani')).toBe('s-el-amrani');
    expect(fileSlug('Ö. Özdemir-Çelik')).toBe('o-ozdemir-celik');
    expect(fileSlug('…')).toBe('eigenaar');
    expect(fileNames('2026-10-01', ['L. Smit', 'L Smit', 'l-smit'], 'overzicht')).toEqual([
      '2026-10-01-l-smit.eml',
      '2026-10-01-l-smit-2.eml',
      '2026-10-01-l-smit-3.eml',
      '2026-10-01--overzicht.eml',
    ]);
  });
});
