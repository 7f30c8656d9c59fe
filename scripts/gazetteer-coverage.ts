/**
 * `node scripts/gazetteer-coverage.ts`: how precisely the offline gazetteer
 * places each commune of metropolitan France (figures for docs/benchmarks.md).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { locateCommune } from '../src/lib/geo/gazetteer.ts';

const require = createRequire(import.meta.url);
const started = performance.now();
const communes = (
  JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as {
    code: string;
    type: string;
    zone: string;
  }[]
).filter((c) => c.type === 'commune-actuelle' && c.zone === 'metro');
const counts = new Map<string, number>();
for (const { code } of communes) {
  const precision = locateCommune(code)?.precision ?? 'aucune';
  counts.set(precision, (counts.get(precision) ?? 0) + 1);
}
console.log(`${communes.length} communes de métropole, placées en ${Math.round(performance.now() - started)} ms :`);
let cumulative = 0;
for (const precision of ['commune', 'code-postal', 'intercommunalite', 'departement', 'aucune']) {
  cumulative += counts.get(precision) ?? 0;
  console.log(`  ${precision.padEnd(17)} ${String(counts.get(precision) ?? 0).padStart(6)}  (cumul ${cumulative})`);
}
