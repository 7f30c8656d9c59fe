/**
 * `npm run bench:search`: how the search holds with 10,000 pages.
 * Writes 10,000 synthetic pages of French text shaped like the site's (a title,
 * paragraphs, facets), indexes them with the project's own indexing code
 * (scripts/search-index.ts), then types a first query in the real
 * /recherche/ page in Chromium and counts every byte it fetched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../lib/chromium.ts';
import { serve } from '../lib/static-server.ts';
import { readGlossary } from '../../src/integrations/abbr-markdown.ts';
import { indexSite } from '../search-index.ts';
import { prepareGlossary, searchWordsOf } from '../../src/lib/search/expansions.ts';
import { WORDS, gz, kb, random } from './lib.ts';

/** 10,000 by default; PAGES=1000 for a quick look. */
const PAGES = Number(process.env['PAGES'] ?? 10_000);
/** A sentence of four terms (« un », « qui », « le »… are not searched), in the synthetic pages' words and on the real site. */
const SYNTHETIC_SENTENCE = 'un jeune qui veut reprendre une formation après le baccalauréat';
const REAL_SENTENCE = 'je veux reprendre mes études à 19 ans';

const TITLES = ['Atelier', 'Module', 'Parcours', 'Projet', 'Rencontre', 'Accompagnement', 'Semaine', 'Forum'];
const GENRES = ['Dispositif', 'Fiche technique', 'Action de la Semaine', 'Ressource', 'Établissement'];

/** What the `<main>` of a synthetic page holds. */
function mainContent(i: number, next: () => number): string {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 5) }, () => `<p>${Array.from({ length: 3 }, sentence).join(' ')}</p>`);
  return `<div hidden data-pagefind-ignore><span data-pagefind-filter="genre">${pick(GENRES)}</span>
<span data-pagefind-meta="resume">${sentence()}</span></div>
<h1>${pick(TITLES)} ${pick(WORDS)} n° ${i + 1}</h1>${paragraphs.join('\n')}`;
}

const page = (i: number, main: string) => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Page ${i}</title></head><body>
<main data-pagefind-body>${main}</main></body></html>`;

function sizeOf(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => {
    const path = join(dir, name);
    return sum + (statSync(path).isDirectory() ? sizeOf(path) : statSync(path).size);
  }, 0);
}

interface QueryBytes {
  /** Bytes fetched by the query until its first results are on screen. */
  atResults: number;
  /** Bytes of the search page itself, before the query. */
  page: number;
  /** Milliseconds from typing the query to its announced results (the search waits 200 ms for the next key). */
  ms: number;
  files: { path: string; size: number }[];
}

/** Types `query` in the /recherche/ page of `site` in Chromium and counts what it fetched. */
async function firstQuery(site: string, query: string): Promise<QueryBytes> {
  const server = await serve(site);
  const browser = await launch();
  const files: { path: string; size: number }[] = [];
  try {
    const tab = await browser.newPage();
    tab.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      const file = join(site, path.endsWith('/') ? `${path}index.html` : path);
      if (!existsSync(file)) return;
      const raw = readFileSync(file);
      // Pagefind's index and fragments are stored compressed; other files are counted as a server would send them (gzip).
      files.push({
        path,
        size: path.startsWith('/pagefind/') && !/\.(js|css|json)$/.test(path) ? raw.length : gz(raw),
      });
    });
    await tab.goto(`${server.url}/recherche/`);
    await tab.waitForLoadState('networkidle');
    const page = files.reduce((sum, f) => sum + f.size, 0);
    const before = files.length;
    const started = performance.now();
    await tab.getByRole('searchbox', { name: 'Rechercher sur le site' }).last().fill(query);
    // The list is rendered before the count is announced: at the announcement, all the results needed has been fetched.
    await tab.waitForFunction(() => /résultat/.test(document.querySelector('.recherche-statut')?.textContent ?? ''));
    const ms = performance.now() - started;
    const queryFiles = files.slice(before);
    if (process.env['DETAIL']) for (const f of queryFiles) console.log(`    ${f.path} ${f.size}`);
    return { atResults: queryFiles.reduce((sum, f) => sum + f.size, 0), page, ms, files: queryFiles };
  } finally {
    await browser.close();
    await server.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'bench-search-'));
try {
  console.log('Construction du site réel (pour la page /recherche/)…');
  const real = join(dir, 'reel');
  execFileSync('npx', ['astro', 'build', '--outDir', real], { stdio: 'ignore' });
  await indexSite(real);
  const site = join(dir, 'synthetique');
  mkdirSync(site);
  cpSync(join(real, '_astro'), join(site, '_astro'), { recursive: true });
  cpSync(join(real, 'recherche'), join(site, 'recherche'), { recursive: true });
  for (const file of ['404.html', 'favicon.svg']) cpSync(join(real, file), join(site, file));

  console.log(`Écriture de ${PAGES} pages synthétiques…`);
  const next = random(7);
  const glossary = prepareGlossary(readGlossary(process.cwd()));
  let htmlBytes = 0;
  let wordsTime = 0;
  for (let i = 0; i < PAGES; i++) {
    let main = mainContent(i, next);
    // The words the site's layout adds to each page as Astro renders it (src/layouts/Base.astro).
    const started = performance.now();
    const words = searchWordsOf(main, glossary);
    if (words.length > 0) main += `<p hidden data-pagefind-weight="0.5">${words.join(' ')}</p>`;
    wordsTime += performance.now() - started;
    const html = page(i, main);
    htmlBytes += html.length;
    mkdirSync(join(site, 'pages', String(i)), { recursive: true });
    writeFileSync(join(site, 'pages', String(i), 'index.html'), html);
  }

  console.log('Indexation…');
  const started = performance.now();
  const { pages, errors, timings } = await indexSite(site);
  const indexing = performance.now() - started;
  if (errors.length > 0) throw new Error(errors.join('; '));
  const indexBytes = sizeOf(join(site, 'pagefind'));

  const synthetic = await firstQuery(site, 'accompagnement');
  const actual = await firstQuery(real, 'GPDS');
  // Sentences: each term is a Pagefind search of its own (src/components/search/forgiving-search.ts).
  const syntheticSentence = await firstQuery(site, SYNTHETIC_SENTENCE);
  const actualSentence = await firstQuery(real, REAL_SENTENCE);

  const ms = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const pagefindPart = (prefix: string) => synthetic.files.filter((f) => f.path.includes(prefix)).reduce((sum, f) => sum + f.size, 0);
  console.log(`\n${pages} pages synthétiques (${kb(htmlBytes / pages)} de HTML par page) :`);
  console.log(`  indexation                    ${ms(indexing)}, soit ${(indexing / pages).toFixed(2)} ms par page   (cible ≤ 2 ms)`);
  console.log(`    dont lecture des pages ${ms(timings.add)}, écriture de l'index ${ms(timings.write)}`);
  console.log(
    `  mots ajoutés au rendu         ${(wordsTime / pages).toFixed(2)} ms par page (sigles et familles de mots, pendant la construction)`,
  );
  console.log(
    `  index sur disque              ${(indexBytes / 1024 / 1024).toFixed(1)} MB, soit ${(indexBytes / 1024 / 1024 / (pages / 1000)).toFixed(2)} MB pour 1 000 pages   (cible ≤ 3,5 MB)`,
  );
  console.log(`  première recherche            ${kb(synthetic.atResults)} transférés jusqu'aux 10 premiers résultats   (cible ≤ 150 KB)`);
  console.log(
    `    dont moteur (pagefind.js, worker, wasm) ${kb(pagefindPart('pagefind.js') + pagefindPart('worker') + pagefindPart('wasm'))}, liste des pages (pf_meta) ${kb(pagefindPart('pf_meta'))}, filtres ${kb(pagefindPart('pf_filter'))}, index ${kb(pagefindPart('pf_index'))}, extraits (10 fragments) ${kb(pagefindPart('pf_fragment'))}`,
  );
  console.log(
    `  première recherche, une phrase  ${kb(syntheticSentence.atResults)} en ${Math.round(syntheticSentence.ms)} ms (« ${SYNTHETIC_SENTENCE} »)`,
  );
  console.log(
    `\nSite réel : première recherche (« GPDS ») ${kb(actual.atResults)} transférés jusqu'aux premiers résultats en ${Math.round(actual.ms)} ms ; page de recherche ${kb(actual.page)}`,
  );
  console.log(`  une phrase (« ${REAL_SENTENCE} ») ${kb(actualSentence.atResults)} en ${Math.round(actualSentence.ms)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
