/**
 * `npm run bench`: how the build holds with content the size of France.
 * Writes 10,000 établissements, 3,000 dispositifs, 300 fiches, 1,000 actions and
 * 100 bulletins of synthetic French text on real communes of every metropolitan
 * département (one synthetic académie per région besides the real ones), checks
 * them with the project's own checker, builds a copy of the project with them,
 * then a bare Astro site with as many Markdown pages, and prints both builds'
 * time and peak memory. The two builds alternate ROUNDS times (3 by default), each
 * from a clean state, because this kind of shared machine changes speed from one
 * minute to the next: the figures kept are the medians, and each round's ratio
 * compares two builds made side by side. SCALE=0.1 divides every count by ten for
 * a quick look. Figures go to docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { checkContent } from '../../src/integrations/content-check/index.ts';
import { formatReport } from '../../src/integrations/content-check/problem.ts';
import { isoDate } from '../../src/lib/format/dates.ts';
import { communesOfDepartement, departementByCode } from '../../src/lib/geo/communes.ts';
import { copyProject, linkPackages } from '../lib/project-copy.ts';
import { WORDS, gz, median, random } from './lib.ts';

const SCALE = Number(process.env['SCALE'] ?? 1);
const ROUNDS = Math.max(1, Number(process.env['ROUNDS'] ?? 3));
const COUNTS = { etablissements: 10_000, dispositifs: 3_000, fiches: 300, actions: 1_000, bulletins: 100 };
const target = (name: keyof typeof COUNTS) => Math.max(1, Math.round(COUNTS[name] * SCALE));
const ROOT = process.cwd();
const SOURCE = 'guide-bordeaux-2020';
const DATE_MAJ = '2026-01-15';

const next = random(2027);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

// Lower-case words only: a capitalised run would be an acronym the glossary must define.
const sentence = () =>
  `${Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(WORDS))
    .join(' ')
    .replace(/^./, (c) => c.toUpperCase())}.`;
const paragraphs = (n: number) => Array.from({ length: n }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n');
const points = (n: number) => Array.from({ length: n }, sentence);
const markdown = (data: object, body: string) => `---\n${stringify(data)}---\n\n${body}\n`;

const METROPOLE = [...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((c) => c !== '20'), '2A', '2B'];

/** The real académies, and one synthetic académie per région for the départements they leave out. */
function academies(): Record<string, { nom: string; departements: string[] } & Record<string, unknown>> {
  const real = parse(readFileSync(join(ROOT, 'content/academies.yaml'), 'utf8')) as ReturnType<typeof academies>;
  const covered = new Set(Object.values(real).flatMap((a) => a.departements));
  const added: ReturnType<typeof academies> = {};
  for (const code of METROPOLE.filter((c) => !covered.has(c))) {
    const id = `region-${departementByCode(code)!.region}`;
    added[id] ??= {
      nom: `Académie synthétique de la région ${departementByCode(code)!.region}`,
      departements: [],
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    added[id].departements.push(code);
  }
  return { ...real, ...added };
}

/** Writes the synthetic content over a copy of the real one; returns the number of files of each kind. */
function writeContent(content: string): Record<string, number> {
  const write = (path: string, text: string) => writeFileSync(join(content, path), text);
  const existing = (folder: string) => readdirSync(join(content, folder)).length;
  const all = academies();
  write('academies.yaml', stringify(all));
  const communes = METROPOLE.flatMap((d) => communesOfDepartement(d));
  const natures = ['collège', 'lycée', 'lycée professionnel', 'lycée polyvalent'] as const;

  const etablissements = Array.from({ length: target('etablissements') - existing('etablissements') }, (_, i) => `synth-etab-${i}`);
  etablissements.forEach((id, i) => {
    const commune = pick(communes);
    const data = {
      nom: `${pick(natures).replace(/^./, (c) => c.toUpperCase())} synthétique n° ${i + 1}`,
      nature: pick(natures),
      adresse: [`${1 + Math.floor(next() * 120)} rue de la persévérance`],
      code_insee: commune.code,
      departement: commune.departement,
      telephone: `0${1 + Math.floor(next() * 5)} ${String(Math.floor(next() * 1e8))
        .padStart(8, '0')
        .replace(/(..)(?=.)/g, '$1 ')}`,
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`etablissements/${id}.yaml`, stringify(data));
  });

  const fiches = Array.from({ length: target('fiches') - existing('fiches') }, (_, i) => `synth-fiche-${i}`);
  fiches.forEach((id, i) => {
    const data = {
      titre: `Fiche synthétique n° ${i + 1} : ${pick(WORDS)} et ${pick(WORDS)}`,
      champ: pick(['prevention', 'intervention', 'remediation']),
      resume: sentence().slice(0, 280),
      objectifs: points(4),
      public_vise: points(2),
      personnes_engagees: points(5),
      modalites: points(5),
      zone_application: points(1),
      evaluation: points(2),
      voir_aussi: ['gpds', pick(fiches)].filter((v, n, list) => v !== id && list.indexOf(v) === n),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`fiches/${id}.md`, markdown(data, paragraphs(4)));
  });

  const places = ['paps', 'paps', 'paps', 'micro-lycee', 'dipa', 'paqi'];
  Array.from({ length: target('dispositifs') - existing('dispositifs') }, (_, i) => {
    const data = {
      type: pick(places),
      etablissement: pick(etablissements),
      public: { age_min: 16, age_max: 25, conditions: points(2) },
      formations: points(3),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`dispositifs/synth-dispositif-${i}.md`, markdown(data, paragraphs(3)));
  });

  // Two editions of five days; one bulletin per day and académie.
  const editions = { '2027': '2027-11-15', '2028': '2028-11-13' };
  for (const [year, debut] of Object.entries(editions)) {
    const fin = isoDate(new Date(Date.parse(debut) + 4 * 86_400_000));
    write(`editions/${year}.yaml`, stringify({ debut, fin, academies: Object.keys(all), date_maj: DATE_MAJ, source: SOURCE }));
  }
  const actions = Array.from({ length: target('actions') - existing('actions') }, (_, i) => `synth-action-${i}`);
  const actionYears = actions.map(() => pick(Object.keys(editions)));
  actions.forEach((id, i) => {
    const data = {
      titre: `Action synthétique n° ${i + 1} : ${pick(WORDS)} ${pick(WORDS)}`,
      etablissement: pick(etablissements),
      thematiques: [pick(['accompagnement', 'tutorat', 'culture', 'formation', 'estime de soi'])],
      partenaires: [`Association ${pick(WORDS)}`],
      edition: actionYears[i],
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`actions/${id}.md`, markdown(data, paragraphs(2)));
  });
  const slots = Object.entries(editions).flatMap(([year, debut]) =>
    Array.from({ length: 5 }, (_, day) => isoDate(new Date(Date.parse(debut) + day * 86_400_000))).flatMap((date) =>
      Object.keys(all).map((academie) => ({ year, date, academie })),
    ),
  );
  if (slots.length < target('bulletins'))
    throw new Error(`${slots.length} jours-académies seulement pour ${target('bulletins')} bulletins.`);
  slots.slice(0, target('bulletins') - existing('bulletins')).forEach(({ year, date, academie }) => {
    const sameYear = actions.filter((_, i) => actionYears[i] === year);
    const data = {
      date,
      edition: year,
      academie,
      departement: pick(all[academie]!.departements),
      action_phare: pick(sameYear),
      actions: [pick(sameYear), pick(sameYear)].filter((v, n, list) => list.indexOf(v) === n),
      zoom: pick(fiches),
      date_maj: DATE_MAJ,
      source: SOURCE,
    };
    write(`bulletins/${date}-${academie}.md`, markdown(data, `# Département à l’honneur\n\n${paragraphs(3)}`));
  });
  return Object.fromEntries(Object.keys(COUNTS).map((folder) => [folder, existing(folder)]));
}

interface BuildMeasure {
  seconds: number;
  /** Processor time the hypervisor gave to other machines during the build (« steal »), in seconds. */
  stolenSeconds: number;
  /**
   * Processor time the build used, user and system, all its processes: steadier than
   * wall time on a shared machine. The larger of two counts that can each miss a
   * little: `/usr/bin/time -v` counts only the processes their parent waited for
   * (not Pagefind's, stopped by a signal as its Node client exits); the tree sampled
   * every 200 ms misses each process's last instant.
   */
  cpuSeconds: number;
  /** Largest resident set of one process of the build: the larger of `/usr/bin/time -v`'s and the sampled one, as for `cpuSeconds`. */
  maxProcessMb: number;
  /** Largest sum of the resident sets of the whole process tree, polled every 200 ms. */
  treeMb: number;
}

const CLOCK_TICKS = 100; // USER_HZ: the unit of /proc/PID/stat's times on Linux
const PAGE_BYTES = 4096;

/**
 * One look at the process tree of `root`, from /proc: its resident memory in MB
 * (all of it, and its largest process), and the processor time each of its
 * processes has used so far (user and system). Read in-process, 1.3 ms a look,
 * where running `ps` took 7.5 ms of processor time, 4 % of a core at five a second.
 */
function sampleTree(root: number): { rssMb: number; largestMb: number; cpuSeconds: Map<number, number> } {
  const all = new Map<number, { ppid: number; cpu: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // ended between the listing and the reading
    }
    // The fields after the command name, which may hold spaces, from field 3 (state) of proc(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const field = (n: number) => Number(fields[n - 3]);
    all.set(Number(name), { ppid: field(4), cpu: (field(14) + field(15)) / CLOCK_TICKS, rss: field(24) });
  }
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, { ppid }] of all) if (tree.has(ppid) && !tree.has(pid)) (tree.add(pid), (grew = true));
  }
  const members = [...tree].filter((pid) => all.has(pid)).map((pid) => ({ pid, ...all.get(pid)! }));
  const mb = (pages: number) => (pages * PAGE_BYTES) / 1024 / 1024;
  return {
    rssMb: mb(members.reduce((sum, { rss }) => sum + rss, 0)),
    largestMb: mb(Math.max(0, ...members.map(({ rss }) => rss))),
    cpuSeconds: new Map(members.map(({ pid, cpu }) => [pid, cpu])),
  };
}

/** Processor time stolen by the hypervisor so far, all cores, in seconds (0 where /proc/stat does not say). */
function stolen(): number {
  const cpu = existsSync('/proc/stat') ? readFileSync('/proc/stat', 'utf8').match(/^cpu +(.*)$/m)?.[1] : undefined;
  return Number(cpu?.split(' ')[7] ?? 0) / CLOCK_TICKS;
}

/**
 * `command` (a build) in `root`, from a clean state (no output, no cache), under
 * `/usr/bin/time -v`, with the process tree's memory and processor time sampled.
 */
async function build(root: string, command: string[]): Promise<BuildMeasure> {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, cache), { recursive: true, force: true });
  const stolenBefore = stolen();
  const started = performance.now();
  let treeMb = 0;
  let largestMb = 0;
  const sampledCpu = new Map<number, number>();
  const child = execFile('/usr/bin/time', ['-v', ...command], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const poll = setInterval(() => {
    const sample = sampleTree(child.pid!);
    treeMb = Math.max(treeMb, sample.rssMb);
    largestMb = Math.max(largestMb, sample.largestMb);
    for (const [pid, seconds] of sample.cpuSeconds) sampledCpu.set(pid, Math.max(sampledCpu.get(pid) ?? 0, seconds));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  const stolenSeconds = stolen() - stolenBefore;
  writeFileSync(join(root, 'build.log'), output);
  if (code !== 0) throw new Error(`la construction de ${root} a échoué (code ${code}) :\n${output.slice(-4000)}`);
  const maxKb = Number(output.match(/Maximum resident set size \(kbytes\): (\d+)/)?.[1] ?? 0);
  const timedCpu = ['User', 'System'].reduce(
    (sum, kind) => sum + Number(output.match(new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`))?.[1] ?? 0),
    0,
  );
  const cpuSeconds = Math.max(
    timedCpu,
    [...sampledCpu.values()].reduce((sum, seconds) => sum + seconds, 0),
  );
  return { seconds, stolenSeconds, cpuSeconds, maxProcessMb: Math.max(maxKb / 1024, largestMb), treeMb };
}

/** Writes a bare Astro site: `pages` Markdown files in a glob collection, one route, a trivial layout. */
function writeBareSite(root: string, pages: number) {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'bare', private: true, type: 'module' }));
  write('astro.config.mjs', "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  write(
    'src/content.config.ts',
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "export const collections = { pages: defineCollection({ loader: glob({ base: 'pages', pattern: '**/*.md' }), schema: z.object({ title: z.string() }) }) };\n",
  );
  write(
    'src/pages/[...slug].astro',
    "---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n" +
      "  return (await getCollection('pages')).map((page) => ({ params: { slug: page.id }, props: { page } }));\n}\n" +
      'const { page } = Astro.props;\nconst { Content } = await render(page);\n---\n' +
      '<html lang="fr"><head><meta charset="utf-8" /><title>{page.data.title}</title></head><body><main><h1>{page.data.title}</h1><Content /></main></body></html>\n',
  );
  for (let i = 0; i < pages; i++) write(`pages/page-${i}.md`, markdown({ title: `Page synthétique n° ${i + 1}` }, paragraphs(4)));
  linkPackages(root);
}

const htmlPages = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind'));
function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, path) => {
    const stat = statSync(join(dir, path));
    return sum + (stat.isFile() ? stat.size : 0);
  }, 0);
}
/** Average gzipped size of the pages under `dist/folder/<id>/index.html`. */
function averageGzip(dist: string, folder: string): number {
  if (!existsSync(join(dist, folder))) return 0; // none of this kind at a small SCALE
  const ids = readdirSync(join(dist, folder)).filter((id) => statSync(join(dist, folder, id)).isDirectory());
  const sizes = ids.map((id) => gz(readFileSync(join(dist, folder, id, 'index.html'))));
  return sizes.reduce((sum, s) => sum + s, 0) / sizes.length;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-national-'));
try {
  const full = join(dir, 'complet');
  copyProject(full);
  console.log(`Écriture du contenu synthétique (échelle ${SCALE})…`);
  const counts = writeContent(join(full, 'content'));
  const checkStarted = performance.now();
  const { entries, problems } = checkContent(full);
  if (problems.length > 0) throw new Error(`le contenu synthétique ne passe pas la vérification :\n${formatReport(problems.slice(0, 30))}`);
  const checkSeconds = (performance.now() - checkStarted) / 1000;
  console.log(`  ${entries.length} entrées vérifiées en ${checkSeconds.toFixed(1)} s : ${JSON.stringify(counts)}`);

  const bare = join(dir, 'nu');
  const builds = { site: [] as BuildMeasure[], nu: [] as BuildMeasure[] };
  let pages = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`Tour ${round} sur ${ROUNDS} : le site complet…`);
    // The project's build: `astro build`, then the search index (package.json).
    builds.site.push(await build(full, ['npm', 'run', 'build']));
    if (round === 1) {
      pages = htmlPages(join(full, 'dist')).length;
      writeBareSite(bare, pages);
    }
    console.log(`Tour ${round} sur ${ROUNDS} : un site Astro nu de ${pages} pages Markdown…`);
    builds.nu.push(await build(bare, ['npx', 'astro', 'build']));
  }
  const dist = join(full, 'dist');

  const seconds = (m: BuildMeasure) =>
    `${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds.toFixed(0)} s, ${m.stolenSeconds.toFixed(0)} s volées)`;
  console.log(`\n${pages} pages (échelle ${SCALE}), ${availableParallelism()} cœurs, ${ROUNDS} tours :`);
  console.log('  tour   site complet                          Astro nu                              rapport');
  builds.site.forEach((site, i) => {
    const nu = builds.nu[i]!;
    console.log(
      `  ${String(i + 1).padEnd(6)} ${seconds(site).padEnd(37)} ${seconds(nu).padEnd(37)} ${(site.seconds / nu.seconds).toFixed(2)} × (CPU ${(site.cpuSeconds / nu.cpuSeconds).toFixed(2)} ×)`,
    );
  });
  const ratios = builds.site.map((site, i) => site.seconds / builds.nu[i]!.seconds);
  const line = (label: string, all: BuildMeasure[]) => {
    const time = median(all.map((m) => m.seconds));
    console.log(
      `  ${label.padEnd(14)} ${time.toFixed(1).padStart(6)} s   ${((time * 1000) / pages).toFixed(2).padStart(5)} ms par page   mémoire : ` +
        `${Math.round(Math.max(...all.map((m) => m.maxProcessMb)))} MB (plus gros processus), ${Math.round(Math.max(...all.map((m) => m.treeMb)))} MB (arbre de processus)`,
    );
  };
  console.log('Médianes (mémoire : le plus haut des tours) :');
  line('site complet', builds.site);
  line('Astro nu', builds.nu);
  const cpuRatios = builds.site.map((site, i) => site.cpuSeconds / builds.nu[i]!.cpuSeconds);
  console.log(
    `  rapport        ${median(ratios).toFixed(2)} × le site nu (temps de processeur : ${median(cpuRatios).toFixed(2)} ×), médianes des tours   (cible ≤ 2 ×, < 6 ms par page, < 2 GB)`,
  );
  const pagefind = sizeOf(join(dist, 'pagefind'));
  console.log(
    `  index de recherche (dist/pagefind)  ${(pagefind / 1024 / 1024).toFixed(1)} MB, ${readdirSync(join(dist, 'pagefind'), { recursive: true }).length} fichiers`,
  );
  console.log('  HTML par page (moyenne, gzip) :');
  for (const [label, folder] of [
    ['dispositif', 'dispositifs'],
    ['fiche', 'fiches'],
    ['action', 'semaine/actions'],
    ['bulletin', 'semaine/bulletins'],
    ['établissement', 'etablissements'],
  ] as const)
    console.log(`    ${label.padEnd(14)} ${(averageGzip(dist, folder) / 1024).toFixed(1)} KB`);
} finally {
  if (process.env['KEEP']) console.log(`Dossier gardé : ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
