/** Runs the content checker on one of the small sites in tests/fixtures/content. */
import path from 'node:path';
import { checkContent } from '../../../src/integrations/content-check/index.ts';
import { formatReport } from '../../../src/integrations/content-check/problem.ts';

export function checkFixture(name: string) {
  const root = path.join(import.meta.dirname, '../../fixtures/content', name);
  const { entries, problems } = checkContent(root);
  return {
    root,
    entries,
    problems,
    /** « etablissements/lycee-exemple » for each entry that passed its schema. */
    ids: entries.map((e) => `${e.collection}/${e.id}`),
    /** The text an editor reads when the build fails. */
    report: formatReport(problems),
  };
}

/** The parsed data of one valid entry. */
export function parsedOf(entries: ReturnType<typeof checkFixture>['entries'], collection: string, id: string) {
  const entry = entries.find((e) => e.collection === collection && e.id === id);
  if (!entry) throw new Error(`${collection}/${id} is not among the valid entries`);
  return entry.parsed;
}
