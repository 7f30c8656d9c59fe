/**
 * The strings seam (src/i18n/): every dictionary has French's keys, every key
 * is read somewhere, every key read exists.
 */
import { readFileSync } from 'node:fs';
import { glob } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../src/i18n/dictionaries.ts';
import { fr } from '../../../src/i18n/fr.ts';
import { TRANSLATED_LANGS } from '../../../src/i18n/languages.ts';
import { PUBLISHED_LANGS } from '../../../src/i18n/translations.ts';
import { expectedKeys } from '../../../src/integrations/content-check/translations.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');

const dictionaryFiles = new Set(['src/i18n/fr.ts']);

/** Every source file but the dictionaries themselves, where a key would be read. */
async function sources(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for await (const file of glob('src/**/*.{ts,astro}')) {
    if (!dictionaryFiles.has(file)) files.set(file, readFileSync(file, 'utf8'));
  }
  for await (const file of glob('scripts/**/*.ts')) files.set(file, readFileSync(file, 'utf8'));
  return files;
}

describe('the dictionaries', () => {
  it('each have every key the translated pages read, in the plural forms of their language, and no other', () => {
    for (const lang of TRANSLATED_LANGS) {
      const expected = [...expectedKeys(lang).keys()].sort();
      const keys = Object.keys(DICTIONARIES[lang]).sort();
      expect({ lang, missing: expected.filter((k) => !keys.includes(k)), unknown: keys.filter((k) => !expected.includes(k)) }).toEqual({
        lang,
        missing: [],
        unknown: [],
      });
    }
  });

  it('are published for English, Arabic, Ukrainian, Spanish and Portuguese', () => {
    expect(PUBLISHED_LANGS).toEqual(['fr', 'en', 'ar', 'uk', 'es', 'pt']);
  });

  it('hold no key that nothing reads', async () => {
    const code = [...(await sources()).values()].join('\n');
    const unused = [...new Set(Object.keys(fr).map(baseKey))].filter((key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it('hold every key the code reads', async () => {
    const keys = new Set(Object.keys(fr).map(baseKey));
    const missing: string[] = [];
    for (const [file, text] of await sources()) {
      for (const [, key] of text.matchAll(/\bt(?:\.rich)?\(\s*'([^']+)'/g)) if (!keys.has(key!)) missing.push(`${file}: ${key}`);
    }
    expect(missing).toEqual([]);
  });

  it('write no HTML: a link inside a sentence is marked [[…]]', () => {
    for (const dictionary of Object.values(DICTIONARIES))
      expect(Object.entries(dictionary).filter(([, message]) => /<[a-z/]/i.test(message))).toEqual([]);
  });
});
