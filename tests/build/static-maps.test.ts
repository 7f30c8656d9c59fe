/**
 * The static maps of the built site: the départements map says the same
 * counts as the tables, each place's page links to an itinerary and to the
 * phone's map application at the place's position, and no page outside the
 * interactive map runs a script. Run after `astro build` (npm test does).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-check/index.ts';
import { communesOfDepartement } from '../../src/lib/geo/communes.ts';
import { communeCentres, locateCommune } from '../../src/lib/geo/gazetteer.ts';
import { paths } from '../../src/lib/paths.ts';
import { builtPages } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

const pages = builtPages();
const pageAt = (path: string) => pages.find((p) => p.path === path)!;
const { entries } = checkContent(ROOT);
const codes = entries.filter((e) => e.collection === 'academies').flatMap((a) => a.parsed['departements'] as string[]);

describe('the départements map', () => {
  const page = pageAt(paths.departements);
  const links = page.root.querySelectorAll('figure svg a');

  it('has one link per département of the académies, to its page', () => {
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(codes.map(paths.departement).sort());
  });

  it('names each link with the count of the tables', () => {
    const fromTables = new Map(
      page.root.querySelectorAll('table tbody tr').map((row) => {
        const code = /\((\w+)\)/.exec(row.querySelector('th')!.text)![1]!;
        const total = row.querySelectorAll('td').reduce((sum, td) => sum + Number(td.text), 0);
        return [code, total];
      }),
    );
    expect(fromTables.size).toBe(codes.length);
    for (const a of links) {
      const name = a.getAttribute('aria-label') ?? '';
      const [, code, count] = /^.+ \((\w+)\) : (\d+) solutions?$/.exec(name) ?? [];
      expect(code, name).toBeDefined();
      expect(Number(count), name).toBe(fromTables.get(code!));
      // The count is written on the map too: colour never says it alone.
      expect(a.querySelector('text')!.text.replace(/\s+/g, ' ')).toContain(count);
    }
  });
});

describe('the « Où ? » section of a dispositif', () => {
  const etablissements = new Map(entries.filter((e) => e.collection === 'etablissements').map((e) => [e.id, e.parsed]));
  const placed = entries.filter((e) => e.collection === 'dispositifs' && e.parsed['etablissement']);
  const centres = communeCentres();

  it.each(placed.map((e) => [e.id, e] as const))('%s links to its position', (id, entry) => {
    const etablissement = etablissements.get((entry.parsed['etablissement'] as { id: string }).id)!;
    const expected = locateCommune(etablissement['code_insee'] as string)!;
    const where = pageAt(paths.dispositif(id)).root.querySelector('section[aria-labelledby="ou"]');
    expect(where, 'section « Où ? »').not.toBeNull();
    const hrefs = where!.querySelectorAll('a').map((a) => a.getAttribute('href')!);

    const directions = hrefs.find((h) => h.startsWith('https://www.openstreetmap.org/directions?route=%3B'));
    const [lat, lon] = decodeURIComponent(directions!.split('route=')[1]!).slice(1).split(',').map(Number);
    const geo = hrefs
      .find((h) => h.startsWith('geo:'))!
      .slice(4)
      .split(',')
      .map(Number);
    expect(geo).toEqual([lat, lon]);
    expect(lat).toBeCloseTo(expected.lat, 5);
    expect(lon).toBeCloseTo(expected.lon, 5);

    // And inside the box of its département's communes.
    const inDepartement = communesOfDepartement(etablissement['departement'] as string).flatMap((c) => centres.get(c.code) ?? []);
    expect(lat).toBeGreaterThanOrEqual(Math.min(...inDepartement.map((p) => p.lat)));
    expect(lat).toBeLessThanOrEqual(Math.max(...inDepartement.map((p) => p.lat)));
    expect(lon).toBeGreaterThanOrEqual(Math.min(...inDepartement.map((p) => p.lon)));
    expect(lon).toBeLessThanOrEqual(Math.max(...inDepartement.map((p) => p.lon)));
  });

  it('tells the reader the itinerary leaves the site, and draws the place without a script', () => {
    const where = pageAt('/dispositifs/paps-lp-helene-duc-bergerac/').root.querySelector('section[aria-labelledby="ou"]')!;
    const texts = where.querySelectorAll('a').map((a) => a.text.trim());
    expect(texts).toContain('Calculer un itinéraire (site OpenStreetMap)');
    expect(texts).toContain('Ouvrir dans une application de cartes');
    expect(where.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('Carte : Dordogne (24), avec un point sur Bergerac.');
    expect(where.text).toContain('au centre de la commune de Bergerac');
  });

  it('sends the reader to the address given above, and only where the page gives one', () => {
    const bergerac = pageAt('/dispositifs/paps-lp-helene-duc-bergerac/').root.querySelector('section[aria-labelledby="ou"]')!;
    expect(bergerac.text).toContain('aidez-vous de l’adresse indiquée plus haut');
    // Saint-Joseph de Tivoli: the documents give neither its address nor its phone.
    for (const path of ['/dispositifs/micro-lycee-tivoli-bordeaux/', '/etablissements/lycee-saint-joseph-de-tivoli-bordeaux/']) {
      const page = pageAt(path);
      expect(page.root.text, path).not.toContain('l’adresse indiquée plus haut');
      expect(page.root.querySelector('section[aria-labelledby="ou"]')!.text, path).toContain(
        'vous mènent au centre de la commune de Bordeaux, pas jusqu’à la porte.',
      );
    }
  });
});

// That no page but the map and the search runs a script is checked once, in pages.test.ts.
