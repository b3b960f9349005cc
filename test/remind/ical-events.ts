import ICAL from 'ical.js';

/** Every event as a real parser (ical.js) reads it. */
export function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
        action: alarm.getFirstPropertyValue('action'),
        description: alarm.getFirstPropertyValue('description'),
        seconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
      })),
      attendees: event.attendees.map((a) => ({ cn: a.getParameter('cn'), value: a.getFirstValue() })),
    };
  });
}

/** Seconds from the start of an all-day event to 09:00, `days` days earlier. */
export const nineOClock = (days: number) => -days * 86_400 + 9 * 3_600;
