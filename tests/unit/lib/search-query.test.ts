/** How a query is read (src/lib/search/query.ts): small words dropped, spellings joined, everyday words replaced. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { asTyped, prepareRewrites, queryReader } from '../../../src/lib/search/query.ts';
import { searchForm, stem, wordsOf } from '../../../src/lib/search/words.ts';
import { ROOT } from '../../helpers/paths.ts';

const rewrites = prepareRewrites([
  { search: 'décrochage', words: ['lâcher les cours', 'déscolarisé', 'ne va plus au lycée'] },
  { search: 'conservation des notes', words: ['rater le bac', 'redoubler'] },
  { search: 'droit au maintien', words: ['redoubler'] },
]);
const read = queryReader(rewrites);
/** What is searched for each term, « a|b » for the spellings of one term. */
const searched = (query: string) => read(query).map((term) => term.search.join('|'));

describe('the words of a query', () => {
  it('are lower case, without their elision', () => {
    expect(wordsOf('J’ai arrêté l’école, qu’est-ce que je fais ?')).toEqual(['ai', 'arrêté', 'école', 'est-ce', 'que', 'je', 'fais']);
  });

  it('compare without accents, plurals or verb endings', () => {
    expect(new Set(['arrêter', 'arrêté', 'arrêtés', 'arrête', 'arreter'].map(stem))).toEqual(new Set(['arret']));
    expect(new Set(['étranger', 'étrangère', 'étrangers'].map(stem))).toEqual(new Set(['etrang']));
    expect(stem('plates-formes')).toBe(stem('plate-forme'));
    // Classes are names, not words with endings.
    expect(stem('1ère')).toBe('1ere');
  });
});

describe('small words', () => {
  it('are not searched', () => {
    expect(searched('élève ayant échoué au baccalauréat')).toEqual(['élève', 'échoué', 'baccalauréat|bac']);
    expect(searched('je veux reprendre mes études à 19 ans')).toEqual(['reprendre', 'études', '19', 'ans']);
    expect(searched('qu’est-ce que le GPDS ?')).toEqual(['gpds']);
  });

  it('leave words that mean something here: bac, sans, numbers', () => {
    expect(searched('sans bac à 16 ans')).toEqual(['sans', 'baccalauréat|bac', '16', 'ans']);
  });

  it('are searched when the query has nothing else', () => {
    expect(searched('de la')).toEqual(['de la']);
  });

  it('are left out of what is searched for the site’s words too', () => {
    expect(searchForm('droit au retour')).toBe('droit retour');
    expect(searchForm('psychologue de l’éducation nationale')).toBe('psychologue éducation nationale');
  });
});

describe('spellings of one word', () => {
  it('are one term, searched by each spelling the pages use', () => {
    expect(searched('plateformes de suivi')).toEqual(['plate-forme|plates-formes', 'suivi']);
    expect(searched('plate forme')).toEqual(['plate-forme|plates-formes']);
    expect(searched('micro lycee bordeaux')).toEqual(['micro-lycée', 'bordeaux']);
    expect(searched('microlycée')).toEqual(['micro-lycée']);
    expect(searched('2nde')).toEqual(['seconde']);
    expect(searched('3ème')).toEqual(['troisième']);
    expect(searched('3e')).toEqual(['troisième']);
    expect(searched('lycée pro')).toEqual(['lycée professionnel']);
    expect(searched('CAP')).toEqual(['certificat aptitude professionnelle']);
  });

  it('keep what was typed', () => {
    expect(read('micro lycee')).toEqual([{ typed: 'micro lycee', search: ['micro-lycée'] }]);
  });

  it('typed twice make one term', () => {
    expect(searched('bac baccalauréat')).toEqual(['baccalauréat|bac']);
  });
});

describe('everyday words', () => {
  it('are replaced by the site’s words', () => {
    expect(read('lâcher les cours')).toEqual([{ typed: 'lâcher les cours', search: ['décrochage'], means: ['décrochage'] }]);
    expect(read('rater le bac')).toEqual([{ typed: 'rater le bac', search: ['conservation notes'], means: ['conservation des notes'] }]);
    expect(searched('ma fille est déscolarisée')).toEqual(['décrochage']);
  });

  it('are found with other small words, accents and endings', () => {
    expect(searched('il a lâché ses cours')).toEqual(['décrochage']);
    expect(read('il a lâché ses cours')[0]!.typed).toBe('lâché ses cours');
    expect(searched('lacher cours')).toEqual(['décrochage']);
    expect(searched('il a raté son bac')).toEqual(['conservation notes']);
    // « bac » and « baccalauréat » are one word for everyday phrases too.
    expect(searched('rater le baccalauréat')).toEqual(['conservation notes']);
  });

  it('whose only meaningful word is common are found only as written', () => {
    expect(searched('mon fils ne va plus au lycée')).toEqual(['décrochage']);
    expect(searched('lycée de Bordeaux')).toEqual(['lycée', 'bordeaux']);
  });

  it('keep the rest of the sentence', () => {
    expect(searched('lâcher les cours en seconde')).toEqual(['décrochage', 'seconde']);
  });

  it('that two entries list are searched by both', () => {
    expect(searched('redoubler')).toEqual(['conservation notes|droit maintien']);
  });
});

describe('a query in another language than French', () => {
  it('is searched as typed, small words and all', () => {
    expect(asTyped('  how do I go back to school ')).toEqual([
      { typed: 'how do I go back to school', search: ['how do I go back to school'] },
    ]);
    expect(asTyped(' ')).toEqual([]);
  });
});

describe('content/mots-courants.yaml', () => {
  const entries = parse(readFileSync(join(ROOT, 'content/mots-courants.yaml'), 'utf8')) as Record<string, { mots: string[] }>;
  const readSite = queryReader(prepareRewrites(Object.entries(entries).map(([search, { mots }]) => ({ search, words: mots }))));

  it.each(Object.entries(entries).flatMap(([search, { mots }]) => mots.map((phrase) => [phrase, search])))(
    '« %s » searches « %s »',
    (phrase, search) => {
      expect(readSite(phrase).map((term) => term.search)).toEqual([[searchForm(search)]]);
    },
  );
});
