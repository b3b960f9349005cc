/**
 * The calendar of the example register as of 2026-10-01, read by ical.js:
 * alarms, sequences and attendees as docs/views.md describes them, and what
 * happens to an event when a new record moves its date.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, runVo, tempDir, yamlFilesUnder } from '../helpers/run-cli.js';
import { events, nineOClock } from './ical-events.js';
import { BROKEN_FILES_NOTE } from './expected-digests.js';

const EXAMPLES = join(REPO_ROOT, 'examples');
const AS_OF = '2026-10-01';

async function calendar(register: string, extra: string[] = []) {
  const result = await runVo(['-C', register, 'agenda', '--as-of', AS_OF, '--days', '400', '--format', 'ics', ...extra]);
  expect(result.stderr).toBe(BROKEN_FILES_NOTE);
  expect(result.code).toBe(0);
  return result.stdout;
}

function yamlFiles(dir: string): string[] {
  return yamlFilesUnder(dir)
    // Of the deliberately broken example files, vo cannot load these two (a YAML and a schema error); the others are records.
    .filter((file) => !/opzettelijk-fout\/(2026-09-22-klantcontactcentrum-overleg|2026-09-29-e-mailarchivering-periodiek)\.yaml$/.test(file));
}

interface AgreementFile {
  id: string;
  process_owner: { name: string; email?: string };
  assurance?: { received?: string }[];
}

const agreements = yamlFiles(join(EXAMPLES, 'agreements')).map((file) => parse(readFileSync(file, 'utf8')) as AgreementFile);
const evaluations = yamlFiles(join(EXAMPLES, 'evaluations')).map((file) => parse(readFileSync(file, 'utf8')) as { agreement: string; date: string });

function copyOfExamples(): string {
  const copy = join(tempDir('vo-ics-'), 'register');
  cpSync(EXAMPLES, copy, { recursive: true });
  return copy;
}

describe('the calendar of the example register', async () => {
  const parsed = events(await calendar(EXAMPLES));

  it('has one display alarm per event: 7 days before at 09:00, or 09:00 on D for what is late', () => {
    expect(parsed.length).toBeGreaterThan(30);
    expect(parsed.filter((e) => e.start === AS_OF && e.summary.startsWith('TE LAAT: ')).length).toBeGreaterThan(5);
    for (const event of parsed) {
      expect(event.alarms).toHaveLength(1);
      expect(event.alarms[0]).toMatchObject({ action: 'DISPLAY', seconds: nineOClock(event.start === AS_OF ? 0 : 7) });
    }
  });

  it("counts in SEQUENCE the agreement's evaluations up to D and its assurance reports received by then", () => {
    for (const agreement of agreements) {
      const own = parsed.filter((e) => e.summary.endsWith(`(${agreement.id})`));
      const expected =
        evaluations.filter((e) => e.agreement === agreement.id && String(e.date) <= AS_OF).length +
        (agreement.assurance ?? []).filter((a) => a.received === undefined || String(a.received) <= AS_OF).length;
      for (const event of own) expect(event.sequence, event.summary).toBe(expected);
    }
    expect(new Set(parsed.map((e) => e.sequence)).size).toBeGreaterThan(3);
  });

  it('names the owner as attendee with the address of the process owner of that name, and only then', () => {
    const addresses = new Map(agreements.filter((a) => a.process_owner.email).map((a) => [a.process_owner.name, a.process_owner.email]));
    let withAttendee = 0;
    for (const event of parsed) {
      const owner = /\nEigenaar: (.*)\n/.exec(event.description)![1]!;
      const address = addresses.get(owner);
      expect(event.attendees, event.summary).toEqual(address ? [{ cn: owner, value: `mailto:${address}` }] : []);
      if (address) withAttendee++;
    }
    expect(withAttendee).toBeGreaterThan(10);
    expect(withAttendee).toBeLessThan(parsed.length); // CISO, Webredactie, … have no address
  });

  it('recording an evaluation moves the date, raises the SEQUENCE by one and keeps the UID', async () => {
    const copy = copyOfExamples();
    const before = parsed.find((e) => e.summary === 'TE LAAT: Periodieke evaluatie (wmo-registratie)')!;
    writeFileSync(
      join(copy, 'evaluations', '2026', '2026-09-30-wmo-registratie-periodiek.yaml'),
      'id: 2026-09-30-wmo-registratie-periodiek\nagreement: wmo-registratie\ndate: "2026-09-30"\ntype: periodic\noutcome: compliant\n',
    );
    const after = events(await calendar(copy));
    const moved = after.find((e) => e.uid === before.uid)!;
    expect(moved.summary).toBe('Periodieke evaluatie (wmo-registratie)');
    expect(moved.start).toBe('2027-03-30'); // 2026-09-30 + 6 months (high risk)
    expect(moved.sequence).toBe(before.sequence + 1);
    // Other agreements' events are untouched.
    const others = after.filter((e) => !e.summary.endsWith('(wmo-registratie)'));
    expect(others).toEqual(parsed.filter((e) => !e.summary.endsWith('(wmo-registratie)')));
  });

  it('an evaluation dated after D changes nothing: the same D gives the same bytes', async () => {
    const copy = copyOfExamples();
    writeFileSync(
      join(copy, 'evaluations', '2026', '2026-10-15-wmo-registratie-periodiek.yaml'),
      'id: 2026-10-15-wmo-registratie-periodiek\nagreement: wmo-registratie\ndate: "2026-10-15"\ntype: periodic\noutcome: compliant\n',
    );
    expect(await calendar(copy)).toBe(await calendar(EXAMPLES));
  });
});
