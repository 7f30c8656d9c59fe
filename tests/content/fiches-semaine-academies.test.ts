/** The fiches, the Semaine, the académies, the ressources and the glossary hold the documents' facts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheck } from '../../src/integrations/content-check/index.ts';
import { ROOT } from '../helpers/paths.ts';

let content: ContentCheck;
beforeAll(() => {
  content = checkContent(ROOT);
});
const entries = (collection: string) => content.entries.filter((e) => e.collection === collection);
const entry = (collection: string, id: string) => entries(collection).find((e) => e.id === id);

describe('fiches techniques', () => {
  const BORDEAUX = [
    'eple',
    'entretien-situation',
    'gpds',
    'referent-decrochage',
    'pafi',
    'alliances-educatives',
    'clauses-sociales',
    'mlds-paps',
    'dipa',
    'droit-retour-formation',
    'droit-maintien-conservation-notes',
    'micro-lycees',
  ];
  const OTHERS = ['accompagnement-personnalise', 'parcours-individualise', 'reseau-foquale', 'psad-siei', 'paqi'];

  it('has every fiche of the Bordeaux guide and those the other documents describe', () => {
    expect(entries('fiches').map((f) => f.id).sort()).toEqual([...BORDEAUX, ...OTHERS].sort());
  });

  it('gives every Bordeaux fiche its objectives, public and people engaged', () => {
    for (const id of BORDEAUX) {
      const { parsed } = entry('fiches', id)!;
      expect.soft(parsed['objectifs'], id).not.toEqual([]);
      expect.soft(parsed['public_vise'], id).not.toEqual([]);
      expect.soft(parsed['personnes_engagees'], id).not.toEqual([]);
    }
  });

  it('keeps the figures of the documents exact', () => {
    const text = (id: string) => JSON.stringify(entry('fiches', id)!.data) + entry('fiches', id)!.body;
    expect(text('accompagnement-personnalise')).toMatch(/72 ?h/);
    expect(text('dipa')).toMatch(/24 heures/);
    expect(text('micro-lycees')).toMatch(/17 (à|et) 25 ans/);
    expect(text('pafi')).toMatch(/15 ans/);
    expect(text('droit-maintien-conservation-notes')).toMatch(/cinq sessions/);
  });
});

describe('académies', () => {
  it('has the three académies and their twelve départements', () => {
    const departements = Object.fromEntries(entries('academies').map((a) => [a.id, a.parsed['departements']]));
    expect(departements).toEqual({
      bordeaux: ['24', '33', '40', '47', '64'],
      limoges: ['19', '23', '87'],
      poitiers: ['16', '17', '79', '86'],
    });
  });

  it('publishes the Poitiers figures as counts, with their split by département', () => {
    const figures = entry('academies', 'poitiers')!.parsed['chiffres'] as { libelle: string; valeur: number; par_departement?: object }[];
    const byLabel = (word: RegExp) => figures.find((f) => word.test(f.libelle));
    expect(byLabel(/FOQUALE/)).toMatchObject({ valeur: 14, par_departement: { '79': 2, '86': 3, '16': 3, '17': 6 } });
    expect(byLabel(/PAQI/)?.valeur).toBe(17);
    expect(byLabel(/PSAD/)?.valeur).toBe(10);
  });

  it('lists institutional contacts only, never a person', () => {
    const text = JSON.stringify(entries('academies').map((a) => a.data));
    for (const name of ['Herzecke', 'Brien', 'Dambrine', 'Moret']) expect(text).not.toContain(name);
  });
});

describe('the Semaine', () => {
  it('has the four actions of the bulletin, each in its commune', () => {
    const communes = Object.fromEntries(
      entries('actions').map((a) => [a.id, (a.parsed['etablissement'] as { code_insee: string }).code_insee]),
    );
    expect(communes).toEqual({
      'ateliers-estime-de-soi-tartas': '40313',
      'maps-lescar': '64335',
      'musiques-actuelles-thouars': '79329',
      'atelier-cuisine-gueret': '23096',
    });
  });

  it('invents no edition year or date', () => {
    for (const action of entries('actions')) {
      expect(action.parsed['edition']).toBeUndefined();
      expect(action.parsed['date']).toBeUndefined();
    }
  });
});

describe('glossary', () => {
  it('defines the acronyms the issue names', () => {
    const defined = new Set(entries('glossaire').map((g) => g.id));
    const named = 'MLDS FOQUALE GPDS PSAD SIEI PAFI PAPS PAQI DIPA ZAP CIO Psy-EN IEN-IO DASEN SAIO EPLE CPE EANA UPE2A CASNAV DELF ECLORE PRAF IMP';
    expect(named.split(' ').filter((sigle) => !defined.has(sigle))).toEqual([]);
  });
});

describe('ressources', () => {
  it('has the lettre de mission as a model for school staff', () => {
    expect(entry('ressources', 'lettre-mission-referent')?.parsed).toMatchObject({ type: 'modèle', public: ['equipes'] });
  });

  it('has the five online conferences of the Nantes page', () => {
    expect(entries('ressources').filter((r) => r.parsed['type'] === 'conférence')).toHaveLength(5);
  });
});
