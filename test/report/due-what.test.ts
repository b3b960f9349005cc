/**
 * The "Wat" / "What" column of the due tables says what is due once: a kind
 * whose title already names it ("Periodieke evaluatie", "Overleg met de
 * verwerker", "Einde van de overeenkomst") is not prefixed with its label
 * again; obligations and actions, whose titles are the register's own words,
 * keep their label in front.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runVo } from '../helpers/run-cli.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const report = async (...args: string[]) => (await runVo(['-C', EXAMPLES, 'report', '--as-of', '2026-10-01', ...args])).stdout;

describe('the due tables of the reports', () => {
  it.each([
    ['management', []],
    ['department', ['--template', 'department', '--department', 'sociaal-domein']],
    ['agreement', ['--template', 'agreement', '--agreement', 'wmo-registratie']],
  ])('%s: no "periodieke evaluatie: Periodieke evaluatie", in Dutch and English', async (_name, args) => {
    const nl = await report(...(args as string[]));
    const en = await report(...(args as string[]), '--lang', 'en');
    for (const doubled of ['periodieke evaluatie: Periodieke evaluatie', 'kennissessie: Kennissessie', 'overleg met de verwerker: Overleg']) expect(nl).not.toContain(doubled);
    for (const doubled of ['periodic evaluation: Periodic evaluation', 'staff training: Staff training', 'meeting with the processor: Meeting']) expect(en).not.toContain(doubled);
    expect(nl).toMatch(/\| (?:Periodieke evaluatie|Kennissessie voor medewerkers) \|/);
    expect(en).toMatch(/\| (?:Periodic evaluation|Staff training) \|/);
  });

  it('keeps the label before an obligation or an action, whose title is the register\'s own text', async () => {
    const nl = await report();
    expect(nl).toContain('| 30 juni 2026 | 93 | verplichting: Exitplan opleveren |');
    expect(nl).toContain('| 31 juli 2026 | 62 | actie: Verwerker laat volledige logging inrichten en aantonen. |');
    expect(nl).toContain('| 25 februari 2026 | 218 | Periodieke evaluatie |');
    expect(nl).toContain('| 28 september 2026 | 3 | Melding aan de Autoriteit Persoonsgegevens: Beheerrol gaf');
    const en = await report('--lang', 'en');
    expect(en).toContain('| 30 June 2026 | 93 | obligation: Exitplan opleveren |');
    expect(en).toContain('| 25 February 2026 | 218 | Periodic evaluation |');
  });
});
