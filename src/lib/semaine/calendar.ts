/**
 * The Semaine de la persévérance scolaire, as pure data: the days of an
 * edition, its calendar (bulletins by day and académie) and actions grouped for
 * reading. Its iCalendar text is written by ./icalendar.ts. No Astro here.
 */
import { isoDate } from '../format/dates.ts';

/** One day, in milliseconds. */
export const DAY = 86_400_000;

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

const sameDay = (a: Date, b: Date) => isoDate(a) === isoDate(b);

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

/** Items grouped under each of their keys (an action with two themes is in both groups), groups in the `compare` order of their keys. */
export function groupBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  compare: (a: string, b: string) => number,
): { key: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
  return [...groups].sort(([a], [b]) => compare(a, b)).map(([key, items]) => ({ key, items }));
}

const weekdays = new Map<string, Intl.DateTimeFormat>();

/**
 * « lundi 2 février », « dimanche 1er février » (the year is in the calendar's
 * caption), in `locale`: the translator's `t.locale`.
 */
export function formatDay(date: Date, locale: string): string {
  let weekday = weekdays.get(locale);
  if (weekday === undefined)
    weekdays.set(locale, (weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })));
  const text = weekday.format(date);
  // French typography writes the first of the month as an ordinal.
  return locale.startsWith('fr') ? text.replace(/ 1 /, ' 1er ') : text;
}
