/** What the national benchmark prints: each round, the medians, the ratios of the full site to each anchor, the targets. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isLang } from '../../src/i18n/languages.ts';
import type { BuildMeasure } from './build-measure.ts';
import { gz, median } from './lib.ts';

export interface Build {
  /** Short name, for its log file. */
  name: string;
  label: string;
  root: string;
  command: string[];
  rounds: BuildMeasure[];
}

/** The targets of issue #17: the full build within 1.2 × a bare Astro site with Pagefind, in wall and processor time; under 2 GB. */
const TARGET_RATIO = 1.2;
const TARGET_MB = 2048;
const TARGET_ANCHOR = 'nu-pagefind';

/** « 1m 7s », « 22.02s », « 565ms », as Astro and Starlight write a duration, in seconds. */
function duration(text: string): number {
  const [, minutes = '0', value = '0', unit] = text.match(/^(?:(\d+)m )?([\d.]+)(m?s)$/) ?? [];
  return Number(minutes) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/** Seconds of the steps each build's log reports: the content check, Astro's own count (Starlight's index included), the search index. */
function phases(log: string): string {
  const steps = [
    ['vérification', log.match(/entrées vérifiées en (\d+) ms/)?.[1]?.concat('ms')],
    ['astro build', log.match(/page\(s\) built in ((?:\d+m )?[\d.]+m?s)/)?.[1]],
    [
      'index',
      log.match(/\[(?:search-index|pagefind)\] .* en (\d+) ms/)?.[1]?.concat('ms') ??
        log.match(/Finished building search index in ([\d.]+m?s)/)?.[1],
    ],
  ] as const;
  return steps
    .filter(([, text]) => text !== undefined)
    .map(([label, text]) => `${label} ${duration(text!).toFixed(1)} s`)
    .join(', ');
}

const mb = (value: number) => `${Math.round(value).toLocaleString('en')} MB`;
const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;

/** The two commands of a build that held the most memory, each at its peak. */
const largest = (m: BuildMeasure) =>
  m.commandPeaksMb
    .slice(0, 2)
    .map(([command, value]) => `${command} ${mb(value)}`)
    .join(', ');

function printRounds(builds: Build[]) {
  const rounds = builds[0]!.rounds.length;
  for (let i = 0; i < rounds; i++) {
    console.log(`  Tour ${i + 1} :`);
    for (const { label, rounds } of builds) {
      const m = rounds[i]!;
      const left =
        m.leftovers.count > 0 ? `, ${m.leftovers.count} processus restés ${m.leftovers.seconds.toFixed(2)} s après la commande` : '';
      console.log(
        `    ${label.padEnd(20)} ${m.seconds.toFixed(1).padStart(6)} s   CPU ${m.cpuSeconds.toFixed(1).padStart(6)} s   ` +
          `volées ${m.stolenSeconds.toFixed(1).padStart(5)} s   autres ${m.othersCpuSeconds.toFixed(1).padStart(5)} s   ${mb(m.maxProcessMb).padStart(8)} (arbre ${mb(m.treeMb)}; ${largest(m)})   ` +
          `[${phases(m.log)}]${left}${m.leftovers.killed ? ' (arrêtés au bout de 120 s)' : ''}`,
      );
    }
  }
}

function printMedians(builds: Build[], pages: number) {
  console.log('Médianes (mémoire : le plus haut des tours) :');
  console.log(`    ${''.padEnd(20)} ${'temps'.padStart(8)}   ${'ms/page'.padStart(7)}   ${'CPU'.padStart(8)}   plus gros processus, arbre`);
  for (const { label, rounds } of builds) {
    const seconds = median(rounds.map((m) => m.seconds));
    console.log(
      `    ${label.padEnd(20)} ${seconds.toFixed(1).padStart(6)} s   ${((seconds * 1000) / pages).toFixed(2).padStart(7)}   ` +
        `${median(rounds.map((m) => m.cpuSeconds))
          .toFixed(1)
          .padStart(6)} s   ` +
        `${mb(Math.max(...rounds.map((m) => m.maxProcessMb)))}, ${mb(Math.max(...rounds.map((m) => m.treeMb)))}`,
    );
  }
}

function printRatios(builds: Build[]) {
  const [full, ...anchors] = builds;
  console.log('Rapports du site complet à chaque site de comparaison (médiane des rapports de chaque tour, et leur étendue) :');
  for (const anchor of anchors) {
    const ratios = (of: (m: BuildMeasure) => number) => full!.rounds.map((m, i) => of(m) / of(anchor.rounds[i]!));
    const wall = ratios((m) => m.seconds);
    const cpu = ratios((m) => m.cpuSeconds);
    const target =
      anchor.name === TARGET_ANCHOR
        ? `   cible ≤ ${TARGET_RATIO} × : ${median(wall) <= TARGET_RATIO && median(cpu) <= TARGET_RATIO ? 'tenue' : 'manquée'}`
        : '';
    console.log(
      `    ${anchor.label.padEnd(20)} temps ${median(wall).toFixed(2)} × (${range(wall)})   processeur ${median(cpu).toFixed(2)} × (${range(cpu)})${target}`,
    );
  }
  const peak = Math.max(...full!.rounds.map((m) => m.treeMb));
  console.log(`    mémoire du site complet, tous processus : ${mb(peak)}   cible < 2 GB : ${peak < TARGET_MB ? 'tenue' : 'manquée'}`);
}

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

/** The pages of each language: a translated page lives under `/<code>/`. */
function byLanguage(pages: string[]): string {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const first = page.split('/')[0]!;
    const lang = isLang(first) && page.includes('/') ? first : 'fr';
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  return [...counts].map(([lang, count]) => `${lang} ${count}`).join(', ');
}

export function printReport({ builds, pages, scale, dist }: { builds: Build[]; pages: string[]; scale: number; dist: string }): void {
  console.log(
    `\n${pages.length} pages HTML (${byLanguage(pages)}), échelle ${scale}, ${availableParallelism()} cœurs, ${builds[0]!.rounds.length} tours :`,
  );
  printRounds(builds);
  printMedians(builds, pages.length);
  printRatios(builds);
  const index = join(dist, 'pagefind');
  console.log(
    `Index de recherche du site complet (dist/pagefind) : ${(sizeOf(index) / 1024 / 1024).toFixed(1)} MB, ${readdirSync(index, { recursive: true }).length} fichiers`,
  );
  console.log('HTML par page (moyenne, gzip) :');
  for (const [label, folder] of [
    ['dispositif', 'dispositifs'],
    ['fiche', 'fiches'],
    ['action', 'semaine/actions'],
    ['bulletin', 'semaine/bulletins'],
    ['établissement', 'etablissements'],
  ] as const)
    console.log(`    ${label.padEnd(14)} ${(averageGzip(dist, folder) / 1024).toFixed(1)} KB`);
}
