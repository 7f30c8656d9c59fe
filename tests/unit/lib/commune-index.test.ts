import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeCommuneIndex,
  encodeCommuneIndex,
  nearestCommune,
  searchCommunes,
  type CommuneEntry,
} from '../../../src/lib/geo/commune-index.ts';
import { communesOfDepartement } from '../../../src/lib/geo/communes.ts';
import { locateCommune } from '../../../src/lib/geo/gazetteer.ts';

/** Entries as these tests write them: the département is their code's first two characters (true of every code here). */
const roundTrip = (entries: readonly Omit<CommuneEntry, 'departement'>[]) =>
  decodeCommuneIndex(encodeCommuneIndex(entries.map((entry) => ({ ...entry, departement: entry.code.slice(0, 2) }))));

describe('encodeCommuneIndex and decodeCommuneIndex', () => {
  const entries: Omit<CommuneEntry, 'departement'>[] = [
    { code: '47157', nom: 'Marmande', codesPostaux: ['47200'], lat: 44.50038, lon: 0.16502, population: 17_000 },
    { code: '33063', nom: 'Bordeaux', codesPostaux: ['33000', '33100', '33200', '33300', '33800'], lat: 44.8378, lon: -0.5792 },
    { code: '2B033', nom: 'Bastia', codesPostaux: ['20200', '20600'], lat: 42.70278, lon: 9.45 },
    { code: '2A004', nom: 'Ajaccio', codesPostaux: ['20000', '20090'], lat: 41.91886, lon: 8.73812 },
    { code: '05061', nom: 'Gap', codesPostaux: ['05000'], lat: 44.55858, lon: 6.07868, population: 41_000 },
  ];

  it('gives back every commune, sorted by INSEE code', () => {
    expect(roundTrip(entries).map((c) => c.code)).toEqual(['05061', '2A004', '2B033', '33063', '47157']);
  });

  it('keeps codes, names and every postal code, and positions to the thousandth of a degree', () => {
    expect(roundTrip(entries).map(({ code, nom, codesPostaux, lat, lon }) => ({ code, nom, codesPostaux, lat, lon }))).toEqual([
      { code: '05061', nom: 'Gap', codesPostaux: ['05000'], lat: 44.559, lon: 6.079 },
      { code: '2A004', nom: 'Ajaccio', codesPostaux: ['20000', '20090'], lat: 41.919, lon: 8.738 },
      { code: '2B033', nom: 'Bastia', codesPostaux: ['20200', '20600'], lat: 42.703, lon: 9.45 },
      { code: '33063', nom: 'Bordeaux', codesPostaux: ['33000', '33100', '33200', '33300', '33800'], lat: 44.838, lon: -0.579 },
      { code: '47157', nom: 'Marmande', codesPostaux: ['47200'], lat: 44.5, lon: 0.165 },
    ]);
  });

  it('keeps every position within half a thousandth of a degree', () => {
    const decoded = roundTrip(entries);
    for (const entry of entries) {
      const found = decoded.find((c) => c.code === entry.code)!;
      expect(Math.abs(found.lat - entry.lat)).toBeLessThanOrEqual(0.0005);
      expect(Math.abs(found.lon - entry.lon)).toBeLessThanOrEqual(0.0005);
    }
  });

  it('keeps each commune’s département', () => {
    expect(roundTrip(entries).map((c) => c.departement)).toEqual(['05', '2A', '2B', '33', '47']);
  });

  it('adds the normalised name and a size that grows with the population', () => {
    const [gap, ajaccio, , , marmande] = roundTrip(entries);
    expect(gap!.key).toBe('gap');
    expect(ajaccio!.taille).toBe(0);
    expect(gap!.taille).toBeGreaterThan(marmande!.taille);
    expect(marmande!.taille).toBeGreaterThan(0);
  });

  it('survives JSON, as the map page receives it', () => {
    const index = encodeCommuneIndex(entries.map((entry) => ({ ...entry, departement: entry.code.slice(0, 2) })));
    expect(decodeCommuneIndex(JSON.parse(JSON.stringify(index)))).toEqual(decodeCommuneIndex(index));
  });
});

describe('searchCommunes', () => {
  const villages = Array.from({ length: 10 }, (_, i) => ({
    code: `471${String(i + 80).padStart(2, '0')}`,
    nom: `Village ${i + 1}`,
    codesPostaux: ['47200'],
    lat: 44.5,
    lon: 0.2,
    population: 150,
  }));
  const communes = roundTrip([
    { code: '47157', nom: 'Marmande', codesPostaux: ['47200'], lat: 44.5, lon: 0.165, population: 17_000 },
    { code: '47321', nom: 'Virazeil', codesPostaux: ['47200'], lat: 44.5, lon: 0.22, population: 1_700 },
    { code: '47023', nom: 'Beaupuy', codesPostaux: ['47200'], lat: 44.53, lon: 0.15, population: 600 },
    ...villages,
    { code: '47238', nom: 'Sainte-Bazeille', codesPostaux: ['47180'], lat: 44.53, lon: 0.1, population: 3_200 },
    { code: '47001', nom: 'Agen', codesPostaux: ['47000'], lat: 44.2, lon: 0.62, population: 32_000 },
    { code: '33366', nom: 'Saint-André-de-Cubzac', codesPostaux: ['33240'], lat: 45, lon: -0.45, population: 12_000 },
    { code: '33145', nom: 'Cubzac-les-Ponts', codesPostaux: ['33240'], lat: 44.97, lon: -0.45, population: 2_500 },
    { code: '64029', nom: 'Andrein', codesPostaux: ['64390'], lat: 43.4, lon: -0.89, population: 160 },
    { code: '64394', nom: 'Mont', codesPostaux: ['64300'], lat: 43.43, lon: -0.65, population: 700 },
    { code: '40192', nom: 'Mont-de-Marsan', codesPostaux: ['40000'], lat: 43.89, lon: -0.5, population: 30_000 },
    {
      code: '33063',
      nom: 'Bordeaux',
      codesPostaux: ['33000', '33100', '33200', '33300', '33800'],
      lat: 44.84,
      lon: -0.58,
      population: 260_000,
    },
  ]);
  const names = (query: string, limit?: number) => searchCommunes(communes, query, limit).map((c) => c.nom);

  describe('by postal code', () => {
    it('lists every commune of a full postal code, the most populous first', () => {
      const found = names('47200');
      expect(found).toHaveLength(13);
      expect(found.slice(0, 3)).toEqual(['Marmande', 'Virazeil', 'Beaupuy']);
      expect(new Set(found.slice(3))).toEqual(new Set(villages.map((v) => v.nom)));
    });

    it('finds a commune by any of its postal codes', () => {
      expect(names('33800')).toEqual(['Bordeaux']);
      expect(names(' 33100 ')).toEqual(['Bordeaux']);
    });

    it('limits what the beginning of a postal code lists', () => {
      const found = searchCommunes(communes, '47');
      expect(found).toHaveLength(8);
      expect(found.every((c) => c.codesPostaux.some((code) => code.startsWith('47')))).toBe(true);
      expect(names('47', 3)).toEqual(['Agen', 'Sainte-Bazeille', 'Marmande']);
      expect(names('3324')).toEqual(['Saint-André-de-Cubzac', 'Cubzac-les-Ponts']);
    });

    it('finds nothing for a postal code nobody has', () => {
      expect(names('99999')).toEqual([]);
    });

    it('puts the most populous first even when a smaller commune has another postal code before it', () => {
      const withTwoCodes = roundTrip([
        { code: '16292', nom: 'Ruffec', codesPostaux: ['16700'], lat: 46.03, lon: 0.2, population: 3_300 },
        { code: '16106', nom: 'Courcôme', codesPostaux: ['16240', '16700'], lat: 46.01, lon: 0.13, population: 800 },
      ]);
      expect(searchCommunes(withTwoCodes, '16700').map((c) => c.nom)).toEqual(['Ruffec', 'Courcôme']);
    });
  });

  describe('by name', () => {
    it('finds the names that begin with what was typed, then those with a word that does', () => {
      expect(names('andre')).toEqual(['Andrein', 'Saint-André-de-Cubzac']);
      expect(names('cubzac')).toEqual(['Cubzac-les-Ponts', 'Saint-André-de-Cubzac']);
    });

    it('finds no name that only contains what was typed in the middle of a word', () => {
      expect(names('armande')).toEqual([]);
    });

    it.each(['Saint-André-de-Cubzac', 'saint andre de cubzac', 'ST ANDRE DE CUBZAC', 'St-André', 'st andré', 'SAINT-ANDRE'])(
      'ignores accents, case, hyphens and « St » in « %s »',
      (query) => {
        expect(names(query)[0]).toBe('Saint-André-de-Cubzac');
      },
    );

    it.each(['Sainte-Bazeille', 'ste bazeille', 'STE-BAZEILLE', 'sainte bazeille'])('reads « Ste » as « Sainte » in « %s »', (query) => {
      expect(names(query)).toEqual(['Sainte-Bazeille']);
    });

    it('ranks the exact name before a longer one, even a more populous one', () => {
      expect(names('mont')).toEqual(['Mont', 'Mont-de-Marsan']);
      expect(names('Mont')[0]).toBe('Mont');
    });

    it('ranks the most populous first among names that match as well', () => {
      expect(names('saint')).toEqual(['Saint-André-de-Cubzac', 'Sainte-Bazeille']);
    });

    it('waits for two letters', () => {
      expect(names('m')).toEqual([]);
      expect(names('É')).toEqual([]);
      expect(names('')).toEqual([]);
      expect(names('   ')).toEqual([]);
    });

    it('stops at the limit', () => {
      expect(names('village')).toHaveLength(8);
      expect(names('village', 2)).toHaveLength(2);
    });
  });
});

describe('nearestCommune', () => {
  const communes = roundTrip([
    { code: '79191', nom: 'Niort', codesPostaux: ['79000'], lat: 46.325, lon: -0.462 },
    { code: '47157', nom: 'Marmande', codesPostaux: ['47200'], lat: 44.5, lon: 0.165 },
  ]);

  it('finds the commune whose centre is nearest, with its distance', () => {
    const found = nearestCommune(communes, { lat: 46.3, lon: -0.45 });
    expect(found?.commune.nom).toBe('Niort');
    expect(found?.commune.departement).toBe('79');
    expect(found?.distance).toBeCloseTo(2.9, 0);
  });

  it('finds nothing in an empty index', () => {
    expect(nearestCommune([], { lat: 46.3, lon: -0.45 })).toBeUndefined();
  });
});

describe('the real index of the map page', () => {
  // The académies' twelve départements, built as src/pages/carte/communes.json.ts does.
  const departements = ['16', '17', '19', '23', '24', '33', '40', '47', '64', '79', '86', '87'];

  it('weighs at most 60 000 bytes once gzipped', () => {
    const communes = departements.flatMap((code) =>
      communesOfDepartement(code).map((commune) => ({ ...commune, ...locateCommune(commune.code)! })),
    );
    const json = JSON.stringify(encodeCommuneIndex(communes));
    expect(communes.length).toBeGreaterThan(4000);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThanOrEqual(60_000);
  });
});
