/**
 * `npm run lighthouse`: Lighthouse's four scores for a few pages of the built
 * site, mobile profile (Lighthouse's default: a mid-range phone, simulated slow 4G).
 * Builds a copy of the project in a temporary folder, serves it locally and
 * audits each page in Debian's Chromium. Map tiles come from another host and
 * cannot load here: they are blocked, so /carte/ is measured without them.
 * Figures go to docs/benchmarks.md.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/helpers/browser.ts';
import { serve } from '../tests/helpers/server.ts';
import { SITE } from '../src/site.config.ts';

const PAGES = [
  ['accueil', '/'],
  ['carte', '/carte/'],
  ['fiche GPDS', '/fiches/gpds/'],
  ['recherche « GPDS »', '/recherche/?q=GPDS'],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
try {
  console.log('Construction du site…');
  for (const entry of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(process.cwd(), entry), join(dir, entry), { recursive: true });
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'ignore' });

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
      const lcp = result.lhr.audits['largest-contentful-paint']?.displayValue ?? '?';
      rows.push(`| ${label} (\`${path}\`) | ${scores.join(' | ')} | ${lcp} | ${failed.join(', ') || '—'} |`);
      console.log(rows.at(-1));
    }
  } finally {
    chrome.kill();
    await site.close();
  }
  console.log(`\nLighthouse, profil mobile, ${new Date().toISOString().slice(0, 10)} :\n`);
  console.log('| page | performance | accessibilité | bonnes pratiques | SEO | LCP | audits sous 90 |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
