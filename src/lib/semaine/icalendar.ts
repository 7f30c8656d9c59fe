/** The iCalendar text of the Semaine (RFC 5545): all-day events, escaped and folded. Pure. */
import { isoDate } from '../format/dates.ts';
import { DAY } from './calendar.ts';

/** An all-day event. */
export interface DayEvent {
  /** Globally unique and stable from build to build: built from content ids (RFC 5545 §3.8.4.7). */
  uid: string;
  date: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  /** When the information was last revised: the entry's `date_maj` (DTSTAMP, §3.8.7.2). */
  stamp: Date;
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Lines longer than 75 octets are folded: CRLF then a space, never inside a
 * UTF-8 character (RFC 5545 §3.1). The leading space counts in the 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `20310203` for DATE values. */
const icsDate = (date: Date) => isoDate(date).replace(/-/g, '');
/** `20310203T000000Z` for DATE-TIME values in UTC. */
const icsDateTime = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

function eventLines(event: DayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART;VALUE=DATE:${icsDate(event.date)}`,
    // An all-day event ends the next day, exclusive (§3.6.1).
    `DTEND;VALUE=DATE:${icsDate(new Date(event.date.getTime() + DAY))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** A whole iCalendar object, CRLF line ends, folded. */
export function buildCalendar({ prodId, name, events }: { prodId: string; name: string; events: readonly DayEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(name)}`,
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
