/**
 * `npm run verifier`: checks all content in a moment, without building the site,
 * with the very code the build runs (src/integrations/content-check).
 */
import { checkContent } from '../src/integrations/content-check/index.ts';
import { formatReport } from '../src/integrations/content-check/problem.ts';

const started = performance.now();
const { entries, problems } = checkContent(process.cwd());
const elapsed = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`Contenu valide : ${entries.length} entrées vérifiées en ${elapsed} ms.`);
}
