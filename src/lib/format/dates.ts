/** Dates as the site shows them, in French, and the age rule of every entry. */

const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** « 14 janvier 2020 », « 1er février 2021 » (French typography writes the first of the month as an ordinal). */
export function formatDate(date: Date): string {
  // Thousands of pages show the same few dates: each is formatted once.
  let text = formatted.get(date.getTime());
  if (text === undefined) formatted.set(date.getTime(), (text = longDate.format(date).replace(/^1 /, '1er ')));
  return text;
}
const formatted = new Map<number, string>();

/** `2020-01-14`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Information older than this gets a warning on its page (content-model: « two years »). */
export const STALE_AFTER_YEARS = 2;

export function isStale(dateMaj: Date, today: Date = new Date()): boolean {
  const limit = new Date(today);
  limit.setUTCFullYear(limit.getUTCFullYear() - STALE_AFTER_YEARS);
  return dateMaj < limit;
}
