/**
 * Another académie starts its own site from this one (README, « Lancer le site
 * d'une autre académie »): a synthetic académie de Rouen replaces content/ and
 * src/site.config.ts (tests/fixtures/sites/autre-academie/), and nothing of ours
 * may remain in what is built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCommuneIndex, type CompactCommuneIndex } from '../../src/lib/commune-index.ts';
import { decodePlaces, type CompactPlaces } from '../../src/lib/map-data.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';

/** Words that only our site writes: the région, its académies, a département, a postal code. */
const OURS = ['Nouvelle-Aquitaine', 'Aquitaine', 'Bordeaux', 'Limoges', 'Poitiers', 'Gironde', 'Dordogne', 'Corrèze', '33000'];
/** As whole words: Seine-Maritime has a commune named Bordeaux-Saint-Clair, which is theirs. */
const OURS_PATTERNS = OURS.map((word) => ({ word, pattern: new RegExp(`(?<![\\p{L}\\d-])${word}(?![\\p{L}\\d-])`, 'u') }));

let site: FixtureSite;
beforeAll(() => {
  site = buildFixtureSite('autre-academie', { remove: ['content'], files: readFixtureFiles('autre-academie') });
}, 180_000);
afterAll(() => site?.cleanUp());

const built = (path: string) => join(site.dist, path);
const json = <T>(path: string) => JSON.parse(readFileSync(built(path), 'utf8')) as T;

/** Every text file of the build: pages, data, feeds, scripts and styles (not images or fonts). */
function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(html|json|xml|ics|txt|js|css|webmanifest|yml|csv)$/.test(name) ? [path] : [];
  });
}

describe('the site of another académie (académie de Rouen)', () => {
  it('builds its pages: home, its dispositif, its départements', () => {
    for (const page of ['', 'dispositifs/paps-lp-estuaire-le-havre/', 'departements/27/', 'departements/76/', 'academies/rouen/']) {
      expect(existsSync(built(`${page}index.html`)), page || 'accueil').toBe(true);
    }
    expect(existsSync(built('departements/33/index.html'))).toBe(false);
    const home = readFileSync(built('index.html'), 'utf8');
    expect(home).toContain('l’académie de Rouen');
  });

  it('puts only its own départements on the map and in the commune search', () => {
    const places = decodePlaces(json<CompactPlaces>('carte/lieux.json'));
    expect(places.map((p) => [p.id, p.departement, p.academie])).toEqual([['paps-lp-estuaire-le-havre', '76', 'rouen']]);

    const communes = decodeCommuneIndex(json<CompactCommuneIndex>('carte/communes.json'));
    expect(new Set(communes.map((c) => c.code.slice(0, 2)))).toEqual(new Set(['27', '76']));
    expect(communes.map((c) => c.nom)).toEqual(expect.arrayContaining(['Le Havre', 'Évreux', 'Rouen']));
  });

  it('frames the map on its départements', () => {
    const bounds = JSON.parse(
      readFileSync(built('carte/index.html'), 'utf8')
        .match(/data-bounds="([^"]+)"/)![1]!
        .replace(/&quot;/g, '"'),
    ) as [[number, number], [number, number]];
    // Eure and Seine-Maritime lie between 48.6° and 50.1° N, 0.05° and 1.8° E.
    expect(bounds[0][0]).toBeGreaterThan(48.5);
    expect(bounds[1][0]).toBeLessThan(50.2);
    expect(bounds[0][1]).toBeGreaterThan(0);
    expect(bounds[1][1]).toBeLessThan(1.9);
  });

  it('indexes its own pages for the search, in French, and only those', () => {
    const searchable = textFiles(site.dist).filter(
      (file) => file.endsWith('.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'),
    );
    expect(searchable.map((file) => relative(site.dist, file))).toContain('dispositifs/paps-lp-estuaire-le-havre/index.html');
    const entry = json<{ languages: Record<string, { page_count: number }> }>('pagefind/pagefind-entry.json');
    expect(entry.languages).toEqual({ fr: expect.objectContaining({ page_count: searchable.length }) });
  });

  it('gives a raw HTML link with a target noopener noreferrer, to another site or to its own', () => {
    const html = readFileSync(built('dispositifs/paps-lp-estuaire-le-havre/index.html'), 'utf8');
    expect(html).toContain('<a href="https://lycee.example.fr/pole/" target="_blank" rel="noopener noreferrer">sa page</a>');
    expect(html).toContain('<a href="/academies/rouen/" target="_blank" rel="noopener noreferrer">la sienne</a>');
  });

  it('keeps no trace of ours in any page or data file', () => {
    const traces = textFiles(site.dist).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return OURS_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ word }) => `${relative(site.dist, file)} : « ${word} »`);
    });
    expect(traces).toEqual([]);
  });
});
