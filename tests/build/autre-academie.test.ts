/**
 * Another académie starts its own site from this one (README, « Lancer le site
 * d'une autre académie »): a synthetic académie de Rouen replaces content/ and
 * src/site.config.ts (tests/fixtures/sites/autre-academie/), and nothing of ours
 * may remain in what is built.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frenchPathOf } from '../../src/i18n/routes.ts';
import { decodeCommuneIndex, type CompactCommuneIndex } from '../../src/lib/geo/commune-index.ts';
import { decodePlaces, type CompactPlaces } from '../../src/lib/solutions-map/places.ts';
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

  it('gets a guide for families from its own fiches', () => {
    const first = parse(readFileSync(built('quelle-solution/index.html'), 'utf8'));
    expect(first.querySelectorAll('.guide-answers a').map((a) => a.textContent.trim())).toEqual(['Moins de 16 ans', '16 ans ou plus']);
    const end = parse(readFileSync(built('quelle-solution/16-ans-et-plus/sorti-depuis-6-mois/index.html'), 'utf8'));
    expect(end.querySelector('.guide-solution a.cta__link')?.getAttribute('href')).toBe('/carte/#type=paps');
    expect(existsSync(built('quelle-solution/16-ans-et-plus/nouvel-arrivant/index.html'))).toBe(true);
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

  it('indexes its own pages for the search, each in its language, and only those', () => {
    const searchable = textFiles(site.dist)
      .filter((file) => file.endsWith('.html') && readFileSync(file, 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${relative(site.dist, file)}`);
    expect(searchable).toContain('/dispositifs/paps-lp-estuaire-le-havre/index.html');
    const entry = json<{ languages: Record<string, { page_count: number }> }>('pagefind/pagefind-entry.json');
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, { page_count }]) => [lang, page_count]));
    const expected: Record<string, number> = {};
    for (const path of searchable) expected[frenchPathOf(path).lang] = (expected[frenchPathOf(path).lang] ?? 0) + 1;
    expect(counts).toEqual(expected);
  });

  it('gives a raw HTML link with a target noopener noreferrer, to another site or to its own', () => {
    const html = readFileSync(built('dispositifs/paps-lp-estuaire-le-havre/index.html'), 'utf8');
    expect(html).toContain('<a href="https://lycee.example.fr/pole/" target="_blank" rel="noopener noreferrer">sa page</a>');
    expect(html).toContain('<a href="/academies/rouen/" target="_blank" rel="noopener noreferrer">la sienne</a>');
  });

  describe('shows the e-mail and the web site an editor gave', () => {
    const page = (path: string) => parse(readFileSync(built(`${path}index.html`), 'utf8'));
    /** The paragraph that starts with `label`, and its link. */
    const line = (root: HTMLElement, label: string) => {
      const p = root.querySelectorAll('main p').find((e) => e.text.trim().startsWith(`${label} :`));
      return { text: p?.text.replace(/\s+/g, ' ').trim(), link: p?.querySelector('a') };
    };

    it('of an établissement, on its page, in its data and in its JSON-LD', () => {
      const root = page('etablissements/lp-estuaire-le-havre/');
      const email = line(root, 'Courriel');
      expect(email.link?.getAttribute('href')).toBe('mailto:pole.estuaire@lycee.example.fr');
      expect(email.text).toBe('Courriel : pole.estuaire@lycee.example.fr');
      const web = line(root, 'Site web');
      expect(web.link?.getAttribute('href')).toBe('https://lycee.example.fr/estuaire/');
      expect(web.link?.getAttribute('rel')).toBe('noopener noreferrer');
      // On screen, the host; for a screen reader, whose site it is.
      expect(web.link?.querySelector('.visually-hidden')?.text).toBe(" (site web : LP de l'Estuaire)");
      expect(web.text).toBe("Site web : lycee.example.fr (site web : LP de l'Estuaire)");
      const [ld] = root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.rawText) as Record<string, unknown>);
      expect(ld).toMatchObject({ email: 'pole.estuaire@lycee.example.fr', sameAs: 'https://lycee.example.fr/estuaire/' });
      const [row] = json<{ courriel: string; site_web: string }[]>('donnees/dispositifs.json');
      expect(row).toMatchObject({ courriel: 'pole.estuaire@lycee.example.fr', site_web: 'https://lycee.example.fr/estuaire/' });
    });

    it('of an académie’s contact, on the académie’s page', () => {
      const root = page('academies/rouen/');
      expect(line(root, 'Courriel').link?.getAttribute('href')).toBe('mailto:orientation@academie.example.fr');
      const web = line(root, 'Site web');
      expect(web.link?.getAttribute('href')).toBe('https://academie.example.fr/orientation/');
      expect(web.link?.getAttribute('rel')).toBe('noopener noreferrer');
      expect(web.text).toBe("Site web : academie.example.fr (site web : Service académique d'information et d'orientation)");
    });
  });

  it('keeps no trace of ours in any page or data file', () => {
    const traces = textFiles(site.dist).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return OURS_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ word }) => `${relative(site.dist, file)} : « ${word} »`);
    });
    expect(traces).toEqual([]);
  });
});
