/** Dates for machines (`<time datetime>`), and the age rule of every entry. A date as people read it is `t.date()` (src/i18n/). */

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
