/**
 * `npm run bench`: how the build holds with content the size of France, against
 * the sites a team would pick instead.
 *
 * Writes 10,000 établissements, 3,000 dispositifs, 300 fiches, 1,000 actions and
 * 100 bulletins of synthetic French text on real communes of every metropolitan
 * département (scripts/bench/national-content.ts), checks them with the project's
 * own checker, and builds a copy of the project with them (`npm run build`: Astro,
 * then the search index). Then, with as many Markdown pages as that build wrote
 * (scripts/bench/anchor-sites.ts): a bare Astro site; the same followed by
 * Pagefind, run as Starlight and our own index step run it; and a Starlight site,
 * when Starlight is installed (the project's packages, or a folder outside the
 * repository: the script says how to get it).
 *
 * Every build starts from a clean state (no output, no cache), and the builds take
 * turns ROUNDS times (3 by default): this kind of shared machine changes speed from
 * one minute to the next, so each round's ratios compare builds made side by side,
 * and the figures kept are medians. Each build is measured with every process it
 * starts, Pagefind's included even when its client leaves it running
 * (scripts/bench/build-measure.ts): wall time until its last process ends,
 * processor time, peak memory of its largest process and of all of them at once,
 * and the processor time the hypervisor gave to other machines meanwhile (« steal »).
 * The targets are printed beside the figures. SCALE=0.1 divides every count by ten
 * for a quick look; BENCH_SELFTEST=1 checks the counting of processes instead.
 * Figures go to docs/benchmarks.md.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent } from '../../src/integrations/content-check/index.ts';
import { formatReport } from '../../src/integrations/content-check/problem.ts';
import { copyProject } from '../lib/project-copy.ts';
import { checkAccounting } from './accounting-check.ts';
import { findStarlight, writeBareSite, writeStarlightSite } from './anchor-sites.ts';
import { accounting, measureCommand, type BuildMeasure } from './build-measure.ts';
import { anchorPages, writeContent } from './national-content.ts';
import { printReport, type Build } from './national-report.ts';

if (process.env['BENCH_SELFTEST']) process.exit((await checkAccounting()) ? 0 : 1);

const SCALE = Number(process.env['SCALE'] ?? 1);
const ROUNDS = Math.max(1, Number(process.env['ROUNDS'] ?? 3));

/** A build from a clean state: no output, no Astro or Vite cache. Its log is kept in `root`/build-<name>.log. */
async function cleanBuild(root: string, command: string[], name: string): Promise<BuildMeasure> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, cache), { recursive: true, force: true });
  const measure = await measureCommand(root, command);
  writeFileSync(join(root, `build-${name}.log`), measure.log);
  return measure;
}

const htmlPages = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'));

const dir = mkdtempSync(join(tmpdir(), 'bench-national-'));
try {
  const { method, why } = accounting();
  console.log(`Décompte des processus : ${method} (${why}).`);
  const full = join(dir, 'complet');
  copyProject(full);
  console.log(`Écriture du contenu synthétique (échelle ${SCALE})…`);
  const counts = writeContent(join(full, 'content'), SCALE);
  const checkStarted = performance.now();
  const { entries, problems } = checkContent(full);
  if (problems.length > 0) throw new Error(`le contenu synthétique ne passe pas la vérification :\n${formatReport(problems.slice(0, 30))}`);
  console.log(
    `  ${entries.length} entrées vérifiées en ${((performance.now() - checkStarted) / 1000).toFixed(1)} s : ${JSON.stringify(counts)}`,
  );

  const starlight = findStarlight();
  if ('missing' in starlight) console.log(`Pas de site Starlight dans la comparaison : ${starlight.missing}`);
  const bare = join(dir, 'nu');
  const builds: Build[] = [
    { name: 'complet', label: 'site complet', root: full, command: ['npm', 'run', 'build'], rounds: [] },
    { name: 'nu', label: 'Astro nu', root: bare, command: ['npm', 'run', 'build'], rounds: [] },
    { name: 'nu-pagefind', label: 'Astro nu + Pagefind', root: bare, command: ['npm', 'run', 'build:pagefind'], rounds: [] },
  ];
  if ('packages' in starlight)
    builds.push({ name: 'starlight', label: 'Starlight', root: join(dir, 'starlight'), command: ['npm', 'run', 'build'], rounds: [] });

  let pages: string[] = [];
  for (let round = 1; round <= ROUNDS; round++)
    for (const build of builds) {
      console.log(`Tour ${round} sur ${ROUNDS} : ${build.label}…`);
      build.rounds.push(await cleanBuild(build.root, build.command, build.name));
      if (round === 1 && build.name === 'complet') {
        pages = htmlPages(join(full, 'dist'));
        const texts = anchorPages(pages.length);
        writeBareSite(bare, texts);
        if ('packages' in starlight) writeStarlightSite(join(dir, 'starlight'), texts, starlight.packages);
      }
    }
  printReport({ builds, pages, scale: SCALE, dist: join(full, 'dist') });
} finally {
  if (process.env['KEEP']) console.log(`Dossier gardé : ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
