/**
 * `npm run traductions` (every language) or `npm run traductions -- uk`:
 * brings each translation file of content/traductions/ up to date with the
 * French. Every text the translated pages need is there, in the French order;
 * a text not yet translated is added with its French and an empty `texte`, to
 * be written; what is translated stays as it is. Then it says what is left to do.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { checkContent } from '../src/integrations/content-check/index.ts';
import { expectedKeys, familyFiches } from '../src/integrations/content-check/translations.ts';
import { TRANSLATED_LANGS, type TranslatedLang } from '../src/i18n/languages.ts';
import { TRANSLATED_FICHE_FIELDS } from '../src/i18n/scope.ts';
import { translationFile, type ExistingTranslation, type FicheFrench } from '../src/lib/editor/translation-file.ts';

const asked = process.argv.slice(2);
const unknown = asked.filter((code) => !(TRANSLATED_LANGS as string[]).includes(code));
if (unknown.length > 0) {
  console.error(`Langue inconnue : ${unknown.join(', ')}. Les langues du site : ${TRANSLATED_LANGS.join(', ')} (src/i18n/languages.ts).`);
  process.exit(2);
}
const languages = (asked.length > 0 ? asked : TRANSLATED_LANGS) as TranslatedLang[];

const root = process.cwd();
const { entries } = checkContent(root);
const fiches = new Map<string, FicheFrench>(
  [...familyFiches(entries)].map(([id, fiche]) => [
    id,
    Object.fromEntries(TRANSLATED_FICHE_FIELDS.map((field) => [field, fiche.parsed[field]])) as FicheFrench,
  ]),
);
// Fiches in the order of their files, as an editor finds them.
const ordered = new Map([...fiches].sort(([a], [b]) => a.localeCompare(b)));

for (const lang of languages) {
  const path = join(root, 'content', 'traductions', `${lang}.yaml`);
  const existing = existsSync(path) ? ((load(readFileSync(path, 'utf8')) ?? {}) as ExistingTranslation) : {};
  const { text, missing, dropped } = translationFile(lang, expectedKeys(lang), ordered, existing);
  writeFileSync(path, text);
  console.log(`content/traductions/${lang}.yaml : ${missing === 0 ? 'tout est traduit' : `${missing} textes à traduire (« texte: '' »)`}.`);
  for (const key of dropped) console.log(`  « ${key} » retiré : le français ne l'a plus.`);
}
console.log('Puis : npm run verifier (il signale aussi les textes dont le français a changé depuis leur traduction).');
