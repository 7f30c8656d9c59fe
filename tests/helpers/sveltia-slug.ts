/**
 * What Sveltia CMS names a new entry's file, step by step as its code does it
 * (@sveltia/cms 0.221, src/lib/services/common/slug/index.js `slugify`, and
 * src/lib/services/common/template/ `fillTemplate`, read from the package's source map):
 * each `{{…}}` of the collection's slug template is filled and slugified on its own,
 * the template's other characters are kept as written.
 *
 * Transliteration (`clean_accents`) is @sindresorhus/transliterate's: its table is
 * reduced here to the letters French and its neighbours write, plus the one entry that
 * gives a character a file name may not hold (the Arabic tatweel, « ـ » → « _ »); a
 * letter of another script, which Sveltia would spell in Latin letters, is dropped here.
 * Either way, what is left after the `ascii` step is letters, digits, « _ », « - » and « ~ ».
 */
export interface SlugOptions {
  encoding?: 'unicode' | 'ascii';
  clean_accents?: boolean;
  sanitize_replacement?: string;
  trim?: boolean;
  lowercase?: boolean;
}

/** The letters the transliteration writes otherwise than by dropping their accents. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'Ss',
  ä: 'ae',
  Ä: 'Ae',
  ö: 'oe',
  Ö: 'Oe',
  ü: 'ue',
  Ü: 'Ue',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ð: 'd',
  Ð: 'D',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  þ: 'th',
  Þ: 'TH',
  '\u0640': '_',
};

function transliterate(text: string): string {
  const replaced = [...text.normalize()].map((char) => LETTERS[char] ?? char).join('');
  return replaced
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize()
    .replace(/\p{Dash_Punctuation}/gu, '-');
}

/** Sveltia's `UNSAFE_ASCII_SLUG_CHARS_REGEX` and `UNSAFE_UNICODE_SLUG_CHARS_REGEX`. */
const UNSAFE = {
  ascii: /[^\w\-~]/g,
  unicode: /[\p{Z}\p{C}!"#$%&'()*+,/:;<=>?@[\\\]^`{|}]/gu,
};

/** One value made part of a file name; empty when nothing is left (Sveltia then writes a random id). */
export function sveltiaSlugify(value: string, options: SlugOptions): string {
  const { encoding = 'unicode', clean_accents = false, sanitize_replacement = '-', trim = true, lowercase = true } = options;
  let slug = clean_accents ? transliterate(value.normalize('NFD')) : value;
  slug = slug.replace(UNSAFE[encoding === 'ascii' ? 'ascii' : 'unicode'], ' ');
  slug = slug.trim().replace(/\s+/g, sanitize_replacement);
  if (sanitize_replacement) {
    const escaped = sanitize_replacement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    slug = slug.replace(new RegExp(`${escaped}+`, 'g'), sanitize_replacement);
    if (trim) slug = slug.replace(new RegExp(`^${escaped}+|${escaped}+$`, 'g'), '');
  }
  return lowercase ? slug.toLocaleLowerCase() : slug;
}

/** What Sveltia writes for a value that leaves nothing: the last part of a UUID (`generateUUID('short')`). */
export const RANDOM_ID = '3f2a9c1b7d4e';

/**
 * A slug template filled as Sveltia fills it: `{{fields.x}}` and `{{fields.x | date('YYYY')}}`
 * (a `YYYY-MM-DD` value); `valueOf` gives a field's value.
 */
export function fillSlugTemplate(template: string, valueOf: (field: string) => string, options: SlugOptions): string {
  return template.replace(/{{\s*fields\.([\w.]+)\s*(?:\|\s*date\('([^']+)'\)\s*)?}}/g, (_tag, field: string, format?: string) => {
    let value = valueOf(field);
    if (format !== undefined) {
      const [year = '', month = '', day = ''] = value.split('-');
      value = format.replace('YYYY', year).replace('MM', month).replace('DD', day);
    }
    return sveltiaSlugify(value, options) || RANDOM_ID;
  });
}
