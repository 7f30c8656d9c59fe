/**
 * Translations against the French they translate (content/traductions/):
 * what the checker tells a translator, and what the pages show meanwhile.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ficheIn, TRANSLATIONS, type TranslationFile } from '../../../src/i18n/translations.ts';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { formatProblem } from '../../../src/integrations/content-check/problem.ts';
import { materialiseFixtureInto } from './check-fixture.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'translations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The `valid` site with an English translation: the real interface strings, then `change` applied. */
function checkWithEnglish(change: (file: TranslationFile) => void) {
  const root = materialiseFixtureInto('valid', path.join(scratch, String(Math.random()).slice(2)));
  const english = load(readFileSync('content/traductions/en.yaml', 'utf8')) as TranslationFile;
  const file: TranslationFile = {
    interface: english.interface,
    fiches: {
      'mlds-paps': {
        titre: { fr: 'Pôle d’accompagnement à la persévérance scolaire', texte: 'Support centre for staying in school' },
        resume: {
          fr: 'Un lieu où un jeune qui a quitté l’école retrouve un rythme et prépare son retour en formation.',
          texte: 'A place where a young person who has left school gets back into a routine and prepares to return to education.',
        },
      },
    },
  };
  change(file);
  mkdirSync(path.join(root, 'content/traductions'), { recursive: true });
  writeFileSync(path.join(root, 'content/traductions/en.yaml'), dump(file, { lineWidth: -1 }));
  const { problems, warnings } = checkContent(root);
  return { errors: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}

describe('a translation file', () => {
  it('passes when every key is there and translates today’s French', () => {
    expect(checkWithEnglish(() => {})).toEqual({ errors: [], warnings: [] });
  });

  it('names a missing key with its French, and an unknown key', () => {
    const { errors } = checkWithEnglish((file) => {
      delete file.interface['map.heading'];
      file.interface['map.titel'] = { fr: 'Carte', texte: 'Map' };
    });
    expect(errors).toEqual([
      expect.stringMatching(
        /content\/traductions\/en\.yaml:\d+ — champ « interface\.map\.heading » : texte manquant : ajoutez la clé « map\.heading » avec « fr: Trouver la solution la plus proche »/,
      ),
      expect.stringMatching(/champ « interface\.map\.titel » : la clé « map\.titel » n'a pas de texte français lu par les pages traduites/),
    ]);
  });

  it('keeps placeholders, link marks and figures as the French has them, and refuses HTML', () => {
    const { errors } = checkWithEnglish((file) => {
      file.interface['guide.age.exact']!.texte = 'seventeen';
      file.interface['map.guide']!.texte = 'Not sure? Answer three questions.';
      file.interface['map.credits']!.texte = file.interface['map.credits']!.texte.replace('4.0', '4');
      file.interface['map.views.list']!.texte = '<b>List</b>';
    });
    expect(errors.join('\n')).toContain(
      'champ « interface.guide.age.exact.texte » : la traduction doit garder tels quels les mots entre accolades du français ({age})',
    );
    expect(errors.join('\n')).toContain('champ « interface.map.guide.texte » : le français marque le texte d’un lien entre [[ et ]]');
    expect(errors.join('\n')).toContain(
      'champ « interface.map.credits.texte » : les nombres ne se traduisent pas : écrivez ceux du français, en chiffres, et eux seuls (4.0). La traduction a : 4.',
    );
    expect(errors.join('\n')).toContain('champ « interface.map.views.list.texte » : pas de HTML dans une traduction');
  });

  it('asks for each plural form the language needs', () => {
    const root = path.join(scratch, 'uk');
    materialiseFixtureInto('valid', root);
    const ukrainian = load(readFileSync('content/traductions/uk.yaml', 'utf8')) as TranslationFile;
    delete ukrainian.interface['map.search.found_few'];
    ukrainian.interface['map.search.found_two'] = { fr: '{count} communes proposées.', texte: '{count} населені пункти.' };
    delete ukrainian.fiches;
    mkdirSync(path.join(root, 'content/traductions'), { recursive: true });
    writeFileSync(path.join(root, 'content/traductions/uk.yaml'), dump(ukrainian, { lineWidth: -1 }));
    const errors = checkContent(root).problems.map(formatProblem);
    expect(errors).toEqual([
      expect.stringContaining('« interface.map.search.found_few » : texte manquant'),
      expect.stringContaining(
        '« interface.map.search.found_two » : forme du pluriel « map.search.found_two » inutile en Українська : supprimez-la (formes attendues : one, few, many, other).',
      ),
    ]);
  });

  it('warns, without stopping the build, when the French has changed since the translation, and when a fiche text is not translated', () => {
    const { errors, warnings } = checkWithEnglish((file) => {
      file.interface['map.lead']!.fr = 'Un ancien texte.';
      file.fiches!['mlds-paps']!.resume!.fr = 'Un ancien résumé.';
      delete file.fiches!['mlds-paps']!.titre;
    });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /champ « interface\.map\.lead\.fr » : le texte français a changé depuis sa traduction\. Avant : « Un ancien texte\. » ; maintenant : « Tapez votre commune.*En attendant, les pages gardent cette traduction\./,
      ),
      expect.stringContaining(
        'champ « fiches.mlds-paps.titre » : pas encore traduit : « Pôle d’accompagnement à la persévérance scolaire » (content/fiches/mlds-paps.md, « titre »). La page montre le texte français.',
      ),
      expect.stringMatching(
        /champ « fiches\.mlds-paps\.resume\.fr » : le texte français a changé depuis sa traduction\. Avant : « Un ancien résumé\. ».*En attendant, la page montre le texte français\./,
      ),
    ]);
  });

  it('refuses a fiche that does not exist', () => {
    const { errors } = checkWithEnglish((file) => {
      file.fiches!['inconnue'] = { titre: { fr: 'Inconnue', texte: 'Unknown' } };
    });
    expect(errors).toEqual([
      expect.stringContaining("champ « fiches.inconnue » : la fiche « inconnue » n'existe pas (content/fiches/inconnue.md)"),
    ]);
  });

  it('refuses a file named after no language of the site', () => {
    const root = path.join(scratch, 'klingon');
    materialiseFixtureInto('valid', root);
    mkdirSync(path.join(root, 'content/traductions'), { recursive: true });
    writeFileSync(path.join(root, 'content/traductions/tlh.yaml'), 'interface: {}\n');
    expect(checkContent(root).problems.map(formatProblem)).toEqual([
      expect.stringContaining("content/traductions/tlh.yaml : « tlh » n'est pas une langue du site (en, ar, uk, es, pt)"),
    ]);
  });
});

describe('the texts a translated page shows', () => {
  const micro = { titre: 'Les micro-lycées', resume: 'x', public_vise: [], acces: [] };

  it('are the translation of today’s French, and the French itself, marked as French, where the French has changed', () => {
    const english = TRANSLATIONS.en!.fiches!['micro-lycees']!;
    const shown = ficheIn('en', 'micro-lycees', { ...micro, titre: english.titre!.fr, resume: 'Un résumé changé depuis la traduction.' });
    expect(shown.titre).toEqual({ text: english.titre!.texte, lang: 'en' });
    expect(shown.resume).toEqual({ text: 'Un résumé changé depuis la traduction.', lang: 'fr' });
  });

  it('are the French on a French page', () => {
    expect(ficheIn('fr', 'micro-lycees', micro).titre).toEqual({ text: 'Les micro-lycées', lang: 'fr' });
  });
});
