/**
 * The Semaine de la persévérance scolaire, as pure data: the days of an
 * edition, its calendar (bulletins by day and académie), actions grouped for
 * reading, and the iCalendar text of the Semaine (RFC 5545). No Astro here.
 */

const DAY = 86_400_000;

/** The dates of an edition or a bulletin: UTC midnights, as the content schemas parse them. */
export interface Period {
  debut: Date;
  fin: Date;
}

/** Every day from `debut` to `fin`, both included. */
export function editionDays({ debut, fin }: Period): Date[] {
  const count = Math.round((fin.getTime() - debut.getTime()) / DAY) + 1;
  return Array.from({ length: Math.max(count, 0) }, (_, i) => new Date(debut.getTime() + i * DAY));
}

const sameDay = (a: Date, b: Date) => a.toISOString().slice(0, 10) === b.toISOString().slice(0, 10);

/** One row of an edition's calendar: the day, its rank in the Semaine, and the bulletin of each académie that day. */
export interface CalendarDay<B> {
  date: Date;
  /** 1 for the first day of the Semaine. */
  jour: number;
  /** Académie id → its bulletin of the day. */
  bulletins: Map<string, B>;
}

/** The days of an edition, each with the bulletins published that day, by académie (one per day and académie: the content check makes sure). */
export function editionCalendar<B extends { date: Date; academie: string }>(edition: Period, bulletins: readonly B[]): CalendarDay<B>[] {
  return editionDays(edition).map((date, i) => ({
    date,
    jour: i + 1,
    bulletins: new Map(bulletins.filter((b) => sameDay(b.date, date)).map((b) => [b.academie, b])),
  }));
}

export type EditionStatus = 'en-cours' | 'a-venir' | 'passee';

export function editionStatus(edition: Period, today: Date): EditionStatus {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  if (day < edition.debut.getTime()) return 'a-venir';
  return day > edition.fin.getTime() ? 'passee' : 'en-cours';
}

/**
 * The edition the Semaine's page shows: the one under way, else the next one,
 * else the latest. `today` is the build's day: the site is static.
 */
export function featuredEdition<E extends Period>(editions: readonly E[], today: Date): { edition: E; status: EditionStatus } | undefined {
  const withStatus = editions.map((edition) => ({ edition, status: editionStatus(edition, today) }));
  const byStart = (a: { edition: E }, b: { edition: E }) => a.edition.debut.getTime() - b.edition.debut.getTime();
  return (
    withStatus.find((e) => e.status === 'en-cours') ??
    withStatus.filter((e) => e.status === 'a-venir').sort(byStart)[0] ??
    withStatus.sort(byStart).at(-1)
  );
}

/** Items grouped under each of their keys (an action with two themes is in both groups), groups in `order` then the others in the compare order. */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  compare: (a: string, b: string) => number = (a, b) => a.localeCompare(b, 'fr'),
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
  return [...groups].sort(([a], [b]) => compare(a, b)).map(([key, items]) => ({ key, items }));
}

const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** « lundi 2 février », « dimanche 1er février » (the year is in the calendar's caption). */
export function formatDay(date: Date): string {
  return weekday.format(date).replace(/ 1 /, ' 1er ');
}

// --- iCalendar (RFC 5545) ------------------------------------------------

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
const icsDate = (date: Date) => date.toISOString().slice(0, 10).replace(/-/g, '');
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
