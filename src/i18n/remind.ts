import { defineMessages } from './lang.js';

/** Texts of `vo remind`, and of what reminders add to `vo agenda` (`--owner`, `--alarm-days`, the calendar's alarms). */
export interface RemindMessages {
  agenda: {
    owner: string;
    alarmDays: string;
    examples: string[];
    badAlarmDays(value: string): string;
    icsOnly(option: string): string;
  };
  ics: { overdue: string; dueDate: string; alarm(title: string): string };
  cmd: string;
  opt: { owner: string; days: string; out: string; dryRun: string; summaryTo: string };
  examples: string[];
  blankOwner: string;
  badDays(value: string): string;
  needOut: string;
  /** Messages were written and not sent because no server is configured, and --dry-run did not ask for that. */
  notSentNoServer: string;
  outMissing(dir: string): string;
  outNotFolder(dir: string): string;
  exists(path: string): string;
  badAddress(value: string): string;
  badSetting(name: string, value: string, expected: string): string;
  needSetting(name: string): string;
  ambiguous(name: string, count: number): string;
  connectFailed(server: string, reason: string): string;
  sendFailed(to: string, reason: string): string;
  nothing(until: string): string;
  unknownOwner(query: string): string;
  sent: string;
  wrote(path: string): string;
  notSent: string;
  noAddress: string;
  counts(overdue: number, soon: number): string;
  total(owners: number, parts: string[]): string;
  totalPart: { sent(n: number): string; written(n: number): string; noAddress(n: number): string; failed(n: number): string };
  summaryLabel: string;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const remindText = defineMessages<RemindMessages>(
  {
    agenda: {
      owner: 'alleen punten van deze eigenaar: proceseigenaar, eigenaar van de verplichting of van de actie (deel van de naam, hoofdletters tellen niet)',
      alarmDays: 'herinnering in de agenda zoveel dagen vóór de datum, om 9.00 uur (standaard 7; 0 = op de dag zelf); alleen bij --format ics',
      examples: [
        'vo agenda --owner smit                 alles voor L. Smit in de komende 90 dagen',
        'vo agenda --format ics --output vo.ics een agenda om te abonneren of te importeren',
        'vo agenda --format ics --alarm-days 14 --owner "L. Smit" --output smit.ics',
      ],
      badAlarmDays: (value) => `ongeldig aantal dagen \`${value}\` voor --alarm-days; geef een geheel getal van 0 tot en met 365`,
      icsOnly: (option) => `${option} hoort bij --format ics`,
    },
    ics: {
      overdue: 'TE LAAT',
      dueDate: 'Oorspronkelijke datum',
      alarm: (title) => `Herinnering: ${title}`,
    },
    cmd: 'mail iedere eigenaar één overzicht van wat te laat is en wat binnenkort moet gebeuren',
    opt: {
      owner: 'alleen de eigenaar(s) met deze naam (deel van de naam, hoofdletters tellen niet)',
      days: 'wat binnen zoveel dagen na de peildatum moet gebeuren (standaard 30)',
      out: 'schrijf ieder bericht als .eml-bestand in deze map (bestaande bestanden blijven staan)',
      dryRun: 'verstuur niets, schrijf alleen de berichten (standaard zonder VO_SMTP_HOST)',
      summaryTo: 'stuur het overzicht van alle herinneringen ook naar dit adres (bijvoorbeeld de privacy officer)',
    },
    examples: [
      'vo remind --dry-run --out herinneringen   schrijf de berichten om ze eerst te bekijken',
      'vo remind --owner smit --days 14          alleen L. Smit, wat binnen 14 dagen moet',
      'VO_SMTP_HOST=smtp.gemeente.nl VO_SMTP_FROM=privacy@gemeente.nl vo remind --summary-to privacy@gemeente.nl',
    ],
    blankOwner: '--owner heeft een naam nodig',
    badDays: (value) => `ongeldig aantal dagen \`${value}\` voor --days; geef een geheel getal van 0 tot en met 3660`,
    needOut: 'zonder SMTP-server (VO_SMTP_HOST) of met --dry-run schrijft vo remind de berichten als bestanden: geef een map met --out',
    notSentNoServer: 'er is niets verzonden: VO_SMTP_HOST is niet ingesteld, dus de berichten zijn alleen geschreven (met --dry-run gebeurt dat bewust, zonder deze melding)',
    outMissing: (dir) => `de map ${dir} bestaat niet; maak haar eerst aan`,
    outNotFolder: (dir) => `${dir} is geen map`,
    exists: (path) => `${path} bestaat al; vo remind overschrijft niets, kies een andere map`,
    badAddress: (value) => `ongeldig e-mailadres \`${value}\` voor --summary-to`,
    badSetting: (name, value, expected) => `ongeldige waarde \`${value}\` voor ${name}; verwacht: ${expected}`,
    needSetting: (name) => `${name} ontbreekt; zet het in de omgeving om te kunnen versturen`,
    ambiguous: (name, count) =>
      `let op: het register geeft proceseigenaren met de naam ${name} ${count} verschillende e-mailadressen; wat ${name} als eigenaar van een verplichting of actie moet doen, gaat daarom naar niemand (zie het overzicht)`,
    connectFailed: (server, reason) => `geen verbinding met de SMTP-server ${server}: ${reason}; de overige berichten zijn niet verzonden`,
    sendFailed: (to, reason) => `bericht aan ${to} niet verzonden: ${reason}`,
    nothing: (until) => `Niets te melden: niets te laat en niets te doen tot en met ${until}.`,
    unknownOwner: (query) => `geen eigenaar met \`${query}\` in de naam in het register; vo agenda toont wie waarvan eigenaar is`,
    sent: 'verzonden',
    wrote: (path) => `geschreven: ${path}`,
    notSent: 'NIET VERZONDEN',
    noAddress: 'GEEN E-MAILADRES',
    counts: (overdue, soon) => [...(overdue > 0 ? [`${overdue} te laat`] : []), ...(soon > 0 ? [`${soon} binnenkort`] : [])].join(', '),
    total: (owners, parts) => `${n(owners, 'eigenaar', 'eigenaren')}: ${parts.join(', ')}`,
    totalPart: {
      sent: (count) => `${count} verzonden`,
      written: (count) => `${n(count, 'bericht', 'berichten')} geschreven`,
      noAddress: (count) => `${count} zonder e-mailadres`,
      failed: (count) => `${count} niet verzonden`,
    },
    summaryLabel: 'overzicht',
  },
  {
    agenda: {
      owner: "only items of this owner: process owner, obligation's or action's owner (part of the name, ignoring case)",
      alarmDays: 'calendar alarm this many days before the date, at 9:00 (default 7; 0 = on the day); only with --format ics',
      examples: [
        'vo agenda --owner smit                 everything for L. Smit in the coming 90 days',
        'vo agenda --format ics --output vo.ics a calendar to subscribe to or import',
        'vo agenda --format ics --alarm-days 14 --owner "L. Smit" --output smit.ics',
      ],
      badAlarmDays: (value) => `invalid number of days \`${value}\` for --alarm-days; give a whole number from 0 to 365`,
      icsOnly: (option) => `${option} goes with --format ics`,
    },
    ics: {
      overdue: 'OVERDUE',
      dueDate: 'Original date',
      alarm: (title) => `Reminder: ${title}`,
    },
    cmd: 'mail every owner one overview of what is overdue and what is due soon',
    opt: {
      owner: 'only the owner(s) with this name (part of the name, ignoring case)',
      days: 'what is due within this many days after the as-of date (default 30)',
      out: 'write every message as an .eml file into this folder (existing files are left alone)',
      dryRun: 'send nothing, only write the messages (the default without VO_SMTP_HOST)',
      summaryTo: 'also send the overview of all reminders to this address (the privacy officer, say)',
    },
    examples: [
      'vo remind --dry-run --out reminders       write the messages to look at them first',
      'vo remind --owner smit --days 14          only L. Smit, what is due within 14 days',
      'VO_SMTP_HOST=smtp.example.org VO_SMTP_FROM=privacy@example.org vo remind --summary-to privacy@example.org',
    ],
    blankOwner: '--owner needs a name',
    badDays: (value) => `invalid number of days \`${value}\` for --days; give a whole number from 0 to 3660`,
    needOut: 'without an SMTP server (VO_SMTP_HOST) or with --dry-run, vo remind writes the messages as files: name a folder with --out',
    notSentNoServer: 'nothing was sent: VO_SMTP_HOST is not set, so the messages were only written (--dry-run does that on purpose, without this note)',
    outMissing: (dir) => `the folder ${dir} does not exist; create it first`,
    outNotFolder: (dir) => `${dir} is not a folder`,
    exists: (path) => `${path} already exists; vo remind overwrites nothing, choose another folder`,
    badAddress: (value) => `invalid e-mail address \`${value}\` for --summary-to`,
    badSetting: (name, value, expected) => `invalid value \`${value}\` for ${name}; expected: ${expected}`,
    needSetting: (name) => `${name} is missing; set it in the environment to send`,
    ambiguous: (name, count) =>
      `note: the register gives process owners named ${name} ${count} different e-mail addresses; what ${name} owns as obligation or action owner therefore goes to nobody (see the summary)`,
    connectFailed: (server, reason) => `no connection to the SMTP server ${server}: ${reason}; the remaining messages were not sent`,
    sendFailed: (to, reason) => `message to ${to} not sent: ${reason}`,
    nothing: (until) => `Nothing to report: nothing overdue and nothing due up to and including ${until}.`,
    unknownOwner: (query) => `no owner with \`${query}\` in their name in the register; vo agenda shows who owns what`,
    sent: 'sent',
    wrote: (path) => `wrote ${path}`,
    notSent: 'NOT SENT',
    noAddress: 'NO E-MAIL ADDRESS',
    counts: (overdue, soon) => [...(overdue > 0 ? [`${overdue} overdue`] : []), ...(soon > 0 ? [`${soon} due soon`] : [])].join(', '),
    total: (owners, parts) => `${n(owners, 'owner', 'owners')}: ${parts.join(', ')}`,
    totalPart: {
      sent: (count) => `${count} sent`,
      written: (count) => `${n(count, 'message', 'messages')} written`,
      noAddress: (count) => `${count} without an e-mail address`,
      failed: (count) => `${count} not sent`,
    },
    summaryLabel: 'summary',
  },
);
