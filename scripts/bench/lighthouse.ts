/**
 * `npm run lighthouse`: Lighthouse's four scores for a few pages of the built
 * site, mobile profile (Lighthouse's default: a mid-range phone, simulated slow 4G).
 * Builds a copy of the project in a temporary folder, serves it locally and
 * audits each page in Debian's Chromium. Map tiles come from another host and
 * cannot load here: they are blocked, so /carte/ is measured without them.
 * Prints the table, with what shifts and what blocks on pages under target, and
 * writes it into docs/benchmarks.md (between its `lighthouse` markers).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../lib/chromium.ts';
import { copyProject } from '../lib/project-copy.ts';
import { serve } from '../lib/static-server.ts';
import { SITE } from '../../src/site.config.ts';

const PAGES = [
  ['accueil', '/'],
  ['carte', '/carte/'],
  ['fiche GPDS', '/fiches/gpds/'],
  ['recherche « GPDS »', '/recherche/?q=GPDS'],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const lighthouseVersion = () =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  console.log('Construction du site…');
  copyProject(dir);
  execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });

  const site = await serve(join(dir, 'dist'));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const rows: string[] = [];
  try {
    for (const [label, path] of PAGES) {
      const result = await lighthouse(`${site.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        // No network here: the tiles' host would only time out.
        blockedUrlPatterns: [`${new URL(SITE.tiles.url).origin}/*`],
      });
      if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${path}.`);
      const scores = CATEGORIES.map((c) => Math.round((result.lhr.categories[c]?.score ?? 0) * 100));
      const failed = CATEGORIES.flatMap((c) =>
        (result.lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (result.lhr.audits[ref.id]?.score ?? 1) < 0.9)
          .map((ref) => ref.id),
      );
      const { audits } = result.lhr;
      const value = (id: string) => audits[id]?.displayValue ?? '?';
      rows.push(
        `| ${label} (\`${path}\`) | ${scores.join(' | ')} | ${value('largest-contentful-paint')} | ${value('total-blocking-time')} | ${value('cumulative-layout-shift')} | ${failed.join(', ') || '—'} |`,
      );
      console.log(rows.at(-1));
      for (const id of failed) console.log(`    ${id} : ${JSON.stringify(audits[id]?.details ?? {}).slice(0, 1500)}`);
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  const table = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Lighthouse ${lighthouseVersion()}:`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS | audits under 90 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  console.log(`\n${table}`);
  const doc = join(process.cwd(), 'docs/benchmarks.md');
  const [before, rest] = readFileSync(doc, 'utf8').split('<!-- lighthouse:start -->');
  const after = rest?.split('<!-- lighthouse:end -->')[1];
  if (after === undefined)
    throw new Error('docs/benchmarks.md : marqueurs <!-- lighthouse:start --> et <!-- lighthouse:end --> introuvables.');
  writeFileSync(doc, `${before}<!-- lighthouse:start -->\n\n${table}\n\n<!-- lighthouse:end -->${after}`);
  console.log('\nTableau écrit dans docs/benchmarks.md.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
