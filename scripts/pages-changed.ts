/**
 * `node scripts/pages-changed.ts --base=origin/main [--dist=dist] [--url=https://…/mr-12/]`:
 * the built pages that a pull or merge request changes (`git diff <base>...HEAD`), in
 * Markdown, in French. GitHub adds it to the job summary (>> "$GITHUB_STEP_SUMMARY"), GitLab
 * prints it in the job log with the address of the merge request's preview (`--url`).
 * With `--dist`, a page the change removes is said to be.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { DEFAULT_LANG, TRANSLATED_LANGS } from '../src/i18n/languages.ts';
import { summary } from './lib/pages-changed.ts';

const { values } = parseArgs({ options: { base: { type: 'string' }, dist: { type: 'string' }, url: { type: 'string' } } });
if (!values.base) {
  console.error('Indiquez d’où part la demande : --base=origin/main (ou le commit de départ).');
  process.exit(2);
}

const root = process.cwd();
// Without rename detection, a renamed file is a removed page and a new one.
const files = execFileSync('git', ['diff', '--name-only', '--no-renames', `${values.base}...HEAD`], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

// The site is published in French and in each language whose translation file exists (src/i18n/translations.ts).
const langs = [DEFAULT_LANG, ...TRANSLATED_LANGS.filter((lang) => existsSync(join(root, 'content', 'traductions', `${lang}.yaml`)))];

/** The ids of a one-file collection as Astro's file() loader reads them: the keys of a mapping, or each item's `id`. */
function idsOf(file: string): string[] {
  if (!existsSync(join(root, file))) return [];
  const data = load(readFileSync(join(root, file), 'utf8'));
  if (Array.isArray(data)) return data.flatMap((item) => (item && typeof item === 'object' && 'id' in item ? [String(item.id)] : []));
  return data && typeof data === 'object' ? Object.keys(data) : [];
}

const dist = values.dist;
const isBuilt = dist ? (path: string) => existsSync(join(root, dist, path, path.endsWith('/') ? 'index.html' : '')) : undefined;

process.stdout.write(summary(files, { langs, idsOf }, { url: values.url, ...(isBuilt ? { isBuilt } : {}) }));
