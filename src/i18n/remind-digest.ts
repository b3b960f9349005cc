import { defineMessages } from './lang.js';

/** The texts of one owner's reminder e-mail (`vo remind`) and of the summary for the privacy officer. */
export interface DigestMessages {
  /** `vo: 3 punten te laat, 2 binnenkort (Gemeente X)`. */
  subject(overdue: number, soon: number, organisation: string): string;
  greeting(name: string): string;
  intro(organisation: string, date: string): string;
  overdueHeading(count: number): string;
  soonHeading(count: number, until: string): string;
  agreement: string;
  file: string;
  dateHeading: string;
  whatHeading: string;
  footer: string;
  summarySubject(owners: number, organisation: string): string;
  summaryIntro(organisation: string, date: string, until: string): string;
  summaryWithoutAddress: string;
}

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const digestText = defineMessages<DigestMessages>(
  {
    subject: (overdue, soon, organisation) => {
      const total = overdue > 0 ? overdue : soon;
      const parts = [...(overdue > 0 ? ['te laat'] : []), ...(soon > 0 ? [overdue > 0 ? `${soon} binnenkort` : 'binnenkort'] : [])];
      return `vo: ${n(total, 'punt', 'punten')} ${parts.join(', ')} (${organisation})`;
    },
    greeting: (name) => `Beste ${name},`,
    intro: (organisation, date) =>
      `Dit is uw overzicht van ${date} voor de verwerkersovereenkomsten van ${organisation}: eerst wat te laat is, dan wat binnenkort moet gebeuren. U bent de eigenaar van deze punten.`,
    overdueHeading: (count) => `Te laat (${count})`,
    soonHeading: (count, until) => `Binnenkort, tot en met ${until} (${count})`,
    agreement: 'Overeenkomst',
    file: 'Bestand',
    dateHeading: 'Datum',
    whatHeading: 'Wat',
    footer:
      'Is iets gedaan, leg het dan vast in het register (het genoemde bestand); dan verdwijnt het uit dit overzicht. Klopt er iets niet, neem dan contact op met de privacy officer. Dit bericht is automatisch gemaakt met vo.',
    summarySubject: (owners, organisation) => `vo: herinneringen aan ${n(owners, 'eigenaar', 'eigenaren')} (${organisation})`,
    summaryIntro: (organisation, date, until) => `Herinneringen van ${organisation} op ${date}, voor wat te laat is of uiterlijk ${until} moet gebeuren:`,
    summaryWithoutAddress: 'Zonder e-mailadres in het register (geef dit zelf door):',
  },
  {
    subject: (overdue, soon, organisation) => {
      const total = overdue > 0 ? overdue : soon;
      const parts = [...(overdue > 0 ? ['overdue'] : []), ...(soon > 0 ? [overdue > 0 ? `${soon} due soon` : 'due soon'] : [])];
      return `vo: ${n(total, 'item', 'items')} ${parts.join(', ')} (${organisation})`;
    },
    greeting: (name) => `Dear ${name},`,
    intro: (organisation, date) =>
      `This is your overview of ${date} for the processor agreements of ${organisation}: first what is overdue, then what is due soon. You are the owner of these items.`,
    overdueHeading: (count) => `Overdue (${count})`,
    soonHeading: (count, until) => `Due soon, up to and including ${until} (${count})`,
    agreement: 'Agreement',
    file: 'File',
    dateHeading: 'Date',
    whatHeading: 'What',
    footer:
      'When something is done, record it in the register (the file named); it then leaves this overview. If something is wrong, please contact the privacy officer. This message was made automatically by vo.',
    summarySubject: (owners, organisation) => `vo: reminders to ${n(owners, 'owner', 'owners')} (${organisation})`,
    summaryIntro: (organisation, date, until) => `Reminders of ${organisation} on ${date}, for what is overdue or due by ${until}:`,
    summaryWithoutAddress: 'Without an e-mail address in the register (pass this on yourself):',
  },
);
