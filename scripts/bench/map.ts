/**
 * `npm run bench:map`: how the map page holds with 10,000 places.
 * Builds the site into a temporary folder, replaces its places with 10,000
 * synthetic ones on real communes (encoded by the project's own code), loads
 * /carte/ in Chromium with map tiles blocked, and prints: data bytes (gzipped,
 * per place), bytes and JavaScript before tiles, time to first markers, time to
 * re-filter. Also measures the real site's map page. Figures go to docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepToSite, launch } from '../lib/chromium.ts';
import { serve } from '../lib/static-server.ts';
import { communesOfDepartement } from '../../src/lib/geo/communes.ts';
import { locateCommune } from '../../src/lib/geo/gazetteer.ts';
import { encodePlaces, type MapPlace } from '../../src/lib/solutions-map/places.ts';
import { gz, kb, median, random } from './lib.ts';

const PLACES = 10_000;
const DEPARTEMENTS: Record<string, string> = {
  '24': 'bordeaux',
  '33': 'bordeaux',
  '40': 'bordeaux',
  '47': 'bordeaux',
  '64': 'bordeaux',
  '19': 'limoges',
  '23': 'limoges',
  '87': 'limoges',
  '16': 'poitiers',
  '17': 'poitiers',
  '79': 'poitiers',
  '86': 'poitiers',
};
const TYPES = ['paps', 'paps', 'paps', 'micro-lycee', 'dipa'];

function syntheticPlaces(): MapPlace[] {
  const next = random(42);
  const communes = Object.keys(DEPARTEMENTS).flatMap((departement) =>
    communesOfDepartement(departement).map((c) => ({ ...c, departement })),
  );
  return Array.from({ length: PLACES }, (_, i) => {
    const commune = communes[Math.floor(next() * communes.length)]!;
    const position = locateCommune(commune.code)!;
    return {
      id: `lieu-synthetique-${i}`,
      type: TYPES[Math.floor(next() * TYPES.length)]!,
      nom: `Lieu synthétique n° ${i + 1}`,
      commune: commune.nom,
      departement: commune.departement,
      academie: DEPARTEMENTS[commune.departement]!,
      lat: position.lat + (next() - 0.5) * 0.01,
      lon: position.lon + (next() - 0.5) * 0.01,
      precision: 'commune',
      telephone: '05 00 00 00 00',
    };
  });
}

interface PageMeasure {
  /** What the page transferred before any tile, gzipped. */
  bytes: number;
  jsBytes: number;
  /** Time to first markers, one per page load. */
  firstMarkers: number[];
  /** Time to re-filter (list and map), every change of every load. */
  refilter: number[];
}

/** Loads /carte/ `loads` times, each in a fresh context (empty cache), and changes a filter `refilters` times in each. */
async function measure(dist: string, loads: number, refilters: number): Promise<PageMeasure> {
  const site = await serve(dist);
  const browser = await launch();
  const result: PageMeasure = { bytes: 0, jsBytes: 0, firstMarkers: [], refilter: [] };
  try {
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await keepToSite(context, site.url); // no tiles here
      const page = await context.newPage();
      const local = new Set<string>();
      page.on('request', (request) => request.url().startsWith(site.url) && local.add(new URL(request.url()).pathname));
      await page.goto(`${site.url}/carte/`);
      await page.waitForFunction(() => performance.getEntriesByName('carte:premiers-marqueurs').length > 0, null, { timeout: 30_000 });
      result.firstMarkers.push(await page.evaluate(() => performance.getEntriesByName('carte:premiers-marqueurs')[0]!.startTime));
      for (let i = 0; i < refilters; i++) {
        await page.evaluate(() => performance.clearMeasures());
        await page.getByRole('checkbox', { name: /PAPS/ }).click();
        await page.waitForFunction(() => performance.getEntriesByName('carte:maj-avec-carte').length > 0);
        result.refilter.push(await page.evaluate(() => performance.getEntriesByName('carte:maj-avec-carte')[0]!.duration));
      }
      const sizes = [...local].map((path) => {
        const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
        return { file, gz: gz(readFileSync(file)) };
      });
      result.bytes = sizes.reduce((sum, s) => sum + s.gz, 0);
      result.jsBytes = sizes.filter((s) => s.file.endsWith('.js')).reduce((sum, s) => sum + s.gz, 0);
      await context.close();
    }
    return result;
  } finally {
    await browser.close();
    await site.close();
  }
}

const dist = mkdtempSync(join(tmpdir(), 'bench-map-'));
try {
  console.log('Construction du site…');
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { stdio: 'ignore' });
  // Let the two cores settle after the build before timing page loads.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const real = await measure(dist, 1, 3);

  const places = syntheticPlaces();
  const json = JSON.stringify(encodePlaces(places));
  writeFileSync(join(dist, 'carte', 'lieux.json'), json);
  const big = await measure(dist, 9, 2);
  const communes = statSync(join(dist, 'carte', 'communes.json')).size;

  console.log(
    `\nSite réel (${JSON.parse(readFileSync(join(dist, 'carte', 'index.html'), 'utf8').match(/(\d+) solutions\./)?.[1] ?? '"?"')} lieux), /carte/ sur ordinateur, avant les tuiles :`,
  );
  console.log(`  octets transférés (gzip)      ${kb(real.bytes)}   (cible ≤ 150 KB)`);
  console.log(`  dont JavaScript (gzip)        ${kb(real.jsBytes)}`);
  console.log(
    `  index des communes (gzip)     ${kb(gz(readFileSync(join(dist, 'carte', 'communes.json'))))} brut ${kb(communes)}, chargé à la première recherche (cible ≤ 60 KB)`,
  );
  console.log(`\n${PLACES} lieux synthétiques :`);
  console.log(
    `  données (gzip)                ${kb(gz(json))}, soit ${(gz(json) / PLACES).toFixed(1)} octets par lieu (brut ${kb(json.length)})`,
  );
  console.log(`  octets avant les tuiles       ${kb(big.bytes)}, dont JavaScript ${kb(big.jsBytes)}`);
  const [fastest, slowest] = [Math.min(...big.firstMarkers), Math.max(...big.firstMarkers)].map(Math.round);
  console.log(
    `  premiers marqueurs            médiane ${Math.round(median(big.firstMarkers))} ms (de ${fastest} à ${slowest} ms sur ${big.firstMarkers.length} chargements)   (cible < 1 000 ms)`,
  );
  console.log(
    `  changement de filtre          médiane ${median(big.refilter).toFixed(1)} ms, max ${Math.max(...big.refilter).toFixed(1)} ms sur ${big.refilter.length}   (cible < 100 ms)`,
  );
} finally {
  rmSync(dist, { recursive: true, force: true });
}
