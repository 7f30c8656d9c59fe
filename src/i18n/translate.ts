/**
 * The one way a string of the interface is read: `t(key, values)`. Pure and
 * free of any dictionary, so that a browser script gets a translator over
 * just the messages its element carries (`data-messages`), not the whole
 * dictionary.
 *
 * A message may hold:
 * - `{name}` placeholders, filled from `values`;
 * - plural forms as sibling keys `key_one`, `key_other` (and `_zero`, `_two`,
 *   `_few`, `_many` where a language has them), chosen by `Intl.PluralRules`
 *   from `values.count`, as i18next does (Starlight's translations use it);
 * - one `[[…]]` span, the text of a link or other element inside a sentence,
 *   read with `t.rich()` so that translators see the whole sentence and no
 *   HTML ever comes from a dictionary.
 */
export type Values = Record<string, string | number>;

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
/** `results_one` and `results_other` are both read as `results`. */
export type MessageKey<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;

export interface Translator<K extends string> {
  (key: K, values?: Values): string;
  /** A sentence around one element: `[before, element text, after]`. */
  rich(key: K, values?: Values): [string, string, string];
  /** « 14 janvier 2020 », « 1er février 2021 »: a date as this language writes it. */
  date(date: Date): string;
  /** « à 800 m », « à 4,2 km », « à 12 km »: as the crow flies, rounded as people say it (messages `distance.m`, `distance.km`). */
  distance(km: number): string;
  /** The locale of this language's dates and numbers, for `Intl`. */
  readonly locale: string;
}

export function createTranslator<M extends Record<string, string>>(
  messages: M,
  locale: string,
  lang = locale.slice(0, 2),
): Translator<MessageKey<keyof M & string>> {
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const lookup = (key: string, values: Values): string => {
    const count = values['count'];
    const plural = typeof count === 'number' ? (messages[`${key}_${plurals.select(count)}`] ?? messages[`${key}_other`]) : undefined;
    const message = plural ?? messages[key];
    if (message === undefined)
      throw new Error(
        lang === 'fr'
          ? `Texte d'interface inconnu : « ${key} » (src/i18n/fr.ts)`
          : `Texte d'interface « ${key} » absent de la langue « ${lang} » : une page traduite le lit. Traduisez-le dans content/traductions/${lang}.yaml, ou ajoutez son domaine à TRANSLATED_AREAS (src/i18n/scope.ts).`,
      );
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
  const t = (key: string, values: Values = {}) => lookup(key, values).replace(/\[\[|\]\]/g, '');
  t.rich = (key: string, values: Values = {}): [string, string, string] => {
    const [before = '', inner = '', after = ''] = lookup(key, values).split(/\[\[|\]\]/);
    return [before, inner, after];
  };
  t.date = dateFormatter(locale);
  t.distance = (km: number) => {
    // Round first, then choose the unit: 0.999 km is « à 1,0 km », not « à 1000 m ».
    const tenths = Math.round(km * 10);
    if (tenths < 10) return t('distance.m', { m: Math.max(1, tenths) * 100 });
    const kmText =
      tenths < 100 ? (tenths / 10).toLocaleString(locale, { minimumFractionDigits: 1 }) : Math.round(km).toLocaleString(locale);
    return t('distance.km', { km: kmText });
  };
  t.locale = locale;
  return t;
}

function dateFormatter(locale: string): (date: Date) => string {
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // French typography writes the first of the month as an ordinal: « 1er février ».
  const ordinal = locale.startsWith('fr') ? (text: string) => text.replace(/^1 /, '1er ') : (text: string) => text;
  // Thousands of pages show the same few dates: each is formatted once.
  const formatted = new Map<number, string>();
  return (date) => {
    let text = formatted.get(date.getTime());
    if (text === undefined) formatted.set(date.getTime(), (text = ordinal(long.format(date))));
    return text;
  };
}

/** The messages a browser script needs, picked from a dictionary, for `data-messages`. */
export function pickMessages<K extends string>(messages: Record<string, string>, keys: readonly K[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, message] of Object.entries(messages)) {
    if (keys.some((wanted) => key === wanted || key.startsWith(`${wanted}_`))) picked[key] = message;
  }
  return picked;
}
