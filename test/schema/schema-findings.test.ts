/**
 * `schema` findings (SPEC §1, §3–5): a small valid record, one mutation at a
 * time, and the exact position and message in Dutch and English.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import type { Lang } from '../../src/i18n/lang.js';
import { parseYamlFile } from '../../src/register/parse.js';
import { schemaFindings } from '../../src/schema/schema-findings.js';
import { validateAgainst, type SchemaKind } from '../../src/schema/schemas.js';

/** Parse `text` and validate it against the schema of `kind`; the findings as `line:column message`. */
function check(kind: SchemaKind, text: string, lang: Lang = 'nl'): string[] {
  const parsed = parseYamlFile(`${kind}.yaml`, Buffer.from(text, 'utf8'), lang);
  if (!parsed.ok) throw new Error(`test input does not parse: ${JSON.stringify(parsed.findings)}`);
  const findings: Finding[] = schemaFindings(validateAgainst(kind, parsed.value), parsed.source, lang);
  for (const finding of findings) {
    expect(finding).toMatchObject({ rule: 'schema', severity: 'error', file: `${kind}.yaml` });
  }
  return findings.map((f) => `${f.line}:${f.column} ${f.message}`);
}

/** Replace exactly one occurrence of `from`, so a typo in a test fails loudly instead of testing nothing. */
function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`\`${from}\` must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// Line numbers below refer to these texts.
const AGREEMENT = `id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
  email: j.jansen@example.nl
processor:
  name: Acme B.V.
  kvk: "12345678"
phase: active
dates:
  signed: 2025-01-15
risk:
  impact: high
  likelihood: medium
obligations:
  - id: rapportage
    title: Jaarlijkse rapportage
    party: processor
    frequency: yearly
`;

const EVALUATION = `id: eval-2025
agreement: zaaksysteem
date: 2025-06-01
type: periodic
outcome: compliant
findings:
  - id: f1
    description: Logging onvolledig
    severity: medium
    status: open
`;

const INCIDENT = `id: lek-2025
agreement: zaaksysteem
title: Verkeerd verstuurde brief
type: data-breach
processor_aware: 2025-05-01T09:30
authority_notification: not-required
status: open
`;

describe('the unmutated records', () => {
  it.each([
    ['agreement', AGREEMENT],
    ['evaluation', EVALUATION],
    ['incident', INCIDENT],
  ] as const)('%s is valid', (kind, text) => {
    expect(check(kind, text)).toEqual([]);
  });
});

describe('schema findings: position and message in Dutch and English', () => {
  interface Case {
    name: string;
    kind: SchemaKind;
    text: string;
    nl: string[];
    en: string[];
  }
  const cases: Case[] = [
    {
      name: 'unknown key with "did you mean" (procesor → processor)',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'processor:\n  name', 'procesor:\n  name'),
      nl: ['1:1 verplichte sleutel `processor` ontbreekt', '7:1 onbekende sleutel `procesor`, bedoelde u `processor`?'],
      en: ['1:1 required key `processor` is missing', '7:1 unknown key `procesor`, did you mean `processor`?'],
    },
    {
      name: 'unknown key far from every known key suggests an x- key',
      kind: 'agreement',
      text: mutate(AGREEMENT, '  kvk:', '  zzzzzzzz: 1\n  kvk:'),
      nl: ['9:3 onbekende sleutel `zzzzzzzz`; eigen gegevens mogen onder een sleutel die met `x-` begint'],
      en: ['9:3 unknown key `zzzzzzzz`; put your own data under a key that starts with `x-`'],
    },
    {
      name: 'an unquoted KvK number is to be quoted',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'kvk: "12345678"', 'kvk: 12345678'),
      nl: ['9:3 `kvk` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `kvk: "12345678"`'],
      en: ['9:3 `kvk` must be text: quote it, e.g. `kvk: "12345678"`'],
    },
    {
      name: 'an unquoted KvK number with a leading zero suggests the digits as written',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'kvk: "12345678"', 'kvk: 012345678'),
      nl: ['9:3 `kvk` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `kvk: "012345678"`'],
      en: ['9:3 `kvk` must be text: quote it, e.g. `kvk: "012345678"`'],
    },
    {
      name: 'an unquoted date written as a number asks for a date, not for quotes (quoting it would not make it one)',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'signed: 2025-01-15', 'signed: 20250115'),
      nl: ['12:3 `signed`: `20250115` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01'],
      en: ['12:3 `signed`: `20250115` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01'],
    },
    {
      name: 'a choice written as true gets one finding naming the values allowed, not also "quote it"',
      kind: 'evaluation',
      text: mutate(EVALUATION, 'outcome: compliant', 'outcome: true'),
      nl: ['5:1 `true` is geen toegestane waarde voor `outcome`; toegestaan: compliant, partially-compliant, non-compliant'],
      en: ['5:1 `true` is not an allowed value for `outcome`; allowed: compliant, partially-compliant, non-compliant'],
    },
    {
      name: 'an address copied with its name from a mail program says to write the address alone',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'email: j.jansen@example.nl', 'email: "J. Jansen <j.jansen@example.nl>"'),
      nl: ['6:3 `email`: `J. Jansen <j.jansen@example.nl>` is geen geldig e-mailadres; schrijf alleen het adres, `email: j.jansen@example.nl`, en de naam onder `name`'],
      en: ['6:3 `email`: `J. Jansen <j.jansen@example.nl>` is not a valid e-mail address; write the address alone, `email: j.jansen@example.nl`, and the name under `name`'],
    },
    {
      name: 'a wrong e-mail address without a name in it gets no suggestion',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'email: j.jansen@example.nl', 'email: j.jansen-at-example.nl'),
      nl: ['6:3 `email`: `j.jansen-at-example.nl` is geen geldig e-mailadres'],
      en: ['6:3 `email`: `j.jansen-at-example.nl` is not a valid e-mail address'],
    },
    {
      name: 'a quoted KvK number of the wrong length',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'kvk: "12345678"', 'kvk: "1234567"'),
      nl: ['9:3 `kvk`: `1234567` is geen KvK-nummer; verwacht precies 8 cijfers'],
      en: ['9:3 `kvk`: `1234567` is not a KvK number; expected exactly 8 digits'],
    },
    {
      name: 'enum lists the allowed values and the closest one',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'phase: active', 'phase: activ'),
      nl: ['10:1 `activ` is geen toegestane waarde voor `phase` (bedoelde u `active`?); toegestaan: draft, signing, active, ended'],
      en: ['10:1 `activ` is not an allowed value for `phase` (did you mean `active`?); allowed: draft, signing, active, ended'],
    },
    {
      name: 'enum inside a nested map',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'impact: high', 'impact: hoog'),
      nl: ['14:3 `hoog` is geen toegestane waarde voor `impact`; toegestaan: low, medium, high'],
      en: ['14:3 `hoog` is not an allowed value for `impact`; allowed: low, medium, high'],
    },
    {
      name: '2025-02-30 is an impossible date',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'signed: 2025-01-15', 'signed: 2025-02-30'),
      nl: ['12:3 `signed`: `2025-02-30` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01'],
      en: ['12:3 `signed`: `2025-02-30` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01'],
    },
    {
      name: '2023-02-29 is not a leap day',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'signed: 2025-01-15', 'signed: "2023-02-29"'),
      nl: ['12:3 `signed`: `2023-02-29` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01'],
      en: ['12:3 `signed`: `2023-02-29` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01'],
    },
    {
      name: 'a date written the Dutch way',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'signed: 2025-01-15', 'signed: 15-01-2025'),
      nl: ['12:3 `signed`: `15-01-2025` is geen bestaande datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2025-07-01'],
      en: ['12:3 `signed`: `15-01-2025` is not an existing date; write YYYY-MM-DD, e.g. 2025-07-01'],
    },
    {
      name: 'a date-time without a time',
      kind: 'incident',
      text: mutate(INCIDENT, 'processor_aware: 2025-05-01T09:30', 'processor_aware: 2025-05-01'),
      nl: [
        '5:1 `processor_aware`: `2025-05-01` is geen geldig tijdstip; schrijf bijvoorbeeld 2025-07-01T09:30 of 2025-07-01T09:30+02:00',
      ],
      en: ['5:1 `processor_aware`: `2025-05-01` is not a valid date-time; write e.g. 2025-07-01T09:30 or 2025-07-01T09:30+02:00'],
    },
    {
      name: 'a date-time at 24:00',
      kind: 'incident',
      text: mutate(INCIDENT, 'processor_aware: 2025-05-01T09:30', 'processor_aware: 2025-05-01T24:00'),
      nl: [
        '5:1 `processor_aware`: `2025-05-01T24:00` is geen geldig tijdstip; schrijf bijvoorbeeld 2025-07-01T09:30 of 2025-07-01T09:30+02:00',
      ],
      en: [
        '5:1 `processor_aware`: `2025-05-01T24:00` is not a valid date-time; write e.g. 2025-07-01T09:30 or 2025-07-01T09:30+02:00',
      ],
    },
    {
      name: 'missing required key points at the parent',
      kind: 'agreement',
      text: mutate(AGREEMENT, '  name: J. Jansen\n', ''),
      nl: ['4:1 verplichte sleutel `name` ontbreekt'],
      en: ['4:1 required key `name` is missing'],
    },
    {
      name: 'missing required key of a list item points at the item',
      kind: 'agreement',
      text: mutate(AGREEMENT, '    party: processor\n', ''),
      nl: ['17:5 verplichte sleutel `party` ontbreekt'],
      en: ['17:5 required key `party` is missing'],
    },
    {
      name: 'a periodic evaluation without outcome',
      kind: 'evaluation',
      text: mutate(EVALUATION, 'outcome: compliant\n', ''),
      nl: [
        '1:1 sleutel `outcome` ontbreekt: een periodieke evaluatie of audit heeft een uitkomst (compliant, partially-compliant, non-compliant)',
      ],
      en: ['1:1 key `outcome` is missing: a periodic evaluation or audit needs an outcome (compliant, partially-compliant, non-compliant)'],
    },
    {
      name: 'an external audit without outcome',
      kind: 'evaluation',
      text: mutate(mutate(EVALUATION, 'outcome: compliant\n', ''), 'type: periodic', 'type: external-audit'),
      nl: [
        '1:1 sleutel `outcome` ontbreekt: een periodieke evaluatie of audit heeft een uitkomst (compliant, partially-compliant, non-compliant)',
      ],
      en: ['1:1 key `outcome` is missing: a periodic evaluation or audit needs an outcome (compliant, partially-compliant, non-compliant)'],
    },
    {
      name: 'a resolved finding without resolved date',
      kind: 'evaluation',
      text: mutate(EVALUATION, 'status: open', 'status: resolved'),
      nl: ['7:5 sleutel `resolved` ontbreekt: een opgeloste bevinding heeft de datum waarop zij is opgelost'],
      en: ['7:5 key `resolved` is missing: a resolved finding needs the date it was resolved'],
    },
    {
      name: 'a once obligation without due',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'frequency: yearly', 'frequency: once'),
      nl: ['17:5 sleutel `due` ontbreekt: een eenmalige verplichting (`frequency: once`) heeft een deadline'],
      en: ['17:5 key `due` is missing: a one-off obligation (`frequency: once`) needs a due date'],
    },
    {
      name: 'a string where a list is expected',
      kind: 'evaluation',
      text: EVALUATION + 'evaluators: A. Auditor\n',
      nl: ['11:1 `evaluators` moet een lijst zijn, niet tekst'],
      en: ['11:1 `evaluators` must be a list, not text'],
    },
    {
      name: 'a boolean where text is expected is to be quoted',
      kind: 'agreement',
      text: mutate(AGREEMENT, 'title: Zaaksysteem', 'title: true'),
      nl: ['2:1 `title` moet tekst zijn: zet de waarde tussen aanhalingstekens, bijvoorbeeld `title: "true"`'],
      en: ['2:1 `title` must be text: quote it, e.g. `title: "true"`'],
    },
    {
      name: 'an id with capitals',
      kind: 'incident',
      text: mutate(INCIDENT, 'id: lek-2025', 'id: Lek-2025'),
      nl: [
        '1:1 `id`: `Lek-2025` is geen geldig id; gebruik kleine letters, cijfers, punt, liggend streepje en koppelteken, beginnend met een letter of cijfer',
      ],
      en: [
        '1:1 `id`: `Lek-2025` is not a valid id; use lowercase letters, digits, dot, underscore and hyphen, starting with a letter or digit',
      ],
    },
  ];

  for (const { name, kind, text, nl, en } of cases) {
    it(`${name} (nl)`, () => expect(check(kind, text, 'nl')).toEqual(nl));
    it(`${name} (en)`, () => expect(check(kind, text, 'en')).toEqual(en));
  }
});

it('YAML 1.2: `yes`, `on` and an unquoted date stay text, so they need no quotes', () => {
  const text = mutate(mutate(AGREEMENT, 'title: Zaaksysteem', 'title: yes'), 'name: Acme B.V.', 'name: on');
  expect(check('agreement', text)).toEqual([]);
});

describe('numbers that are not finite (YAML .inf, .nan, 1e400) are refused', () => {
  // Without ajv's strictNumbers, `review_months: .inf` passed as an integer and `vo check`
  // then stopped with "unexpected error: Invalid unit value Infinity".
  it.each([
    ['review_months: .inf', 'review_months'],
    ['review_months: 1e400', 'review_months'],
    ['breach_notice_hours: -.inf', 'breach_notice_hours'],
  ])('%s', (line, key) => {
    const findings = check('agreement', mutate(AGREEMENT, 'phase: active', `phase: active\n${line}`), 'en');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding).toMatch(new RegExp(`^11:1 \`${key}\``));
  });

  it('kpi.target: .nan', () => {
    const text = mutate(AGREEMENT, '    frequency: yearly', '    frequency: yearly\n    kpi: { metric: m, target: .nan, comparison: ">=" }');
    const findings = check('agreement', text, 'en');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) expect(finding).toMatch(/^21:23 `target`/);
  });

  // BUG (src/schema/schema-findings.ts, jsonType): NaN and Infinity are typed `number`, so
  // the message reads "`target` must be a number, not a number" (nl: "moet een getal zijn,
  // niet een getal"). Expected: a message that names the value, e.g. "not .nan".
  it('the message for a non-finite number does not contradict itself', () => {
    const text = mutate(AGREEMENT, 'phase: active', 'phase: active\nreview_months: .inf');
    expect(check('agreement', text, 'en')[0]).not.toMatch(/must be a whole number, not a number/);
  });
});

describe('x- keys', () => {
  it('are accepted at every depth of an agreement', () => {
    const text = `x-root: 1
id: zaaksysteem
title: Zaaksysteem
department: burgerzaken
process_owner:
  name: J. Jansen
  x-telefoon: "0123"
processor:
  name: Acme B.V.
  x-intern: { a: [1, 2] }
  contact:
    name: C. Contact
    x-rol: beheerder
phase: active
risk:
  impact: high
  likelihood: medium
  x-notitie: hoog
  dpia:
    required: false
    x-reden: geen
obligations:
  - id: rapportage
    title: Jaarlijkse rapportage
    party: processor
    frequency: yearly
    x-bron: art. 12
    kpi:
      metric: uptime
      target: 99
      comparison: ">="
      x-meting: maandelijks
`;
    expect(check('agreement', text)).toEqual([]);
  });

  it('are rejected when they do not start with x- exactly', () => {
    expect(check('agreement', mutate(AGREEMENT, 'phase: active', 'phase: active\nX-eigen: 1'), 'en')).toEqual([
      '11:1 unknown key `X-eigen`; put your own data under a key that starts with `x-`',
    ]);
  });
});
