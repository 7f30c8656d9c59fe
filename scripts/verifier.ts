/**
 * `npm run verifier`: checks all content in a moment, without building the site,
 * with the very code the build runs (src/integrations/content-check).
 *
 * `--format=text` (default): the report, in French.
 * `--format=github`: also one annotation per problem, shown on the changed file of a pull request
 *   (https://docs.github.com/actions/reference/workflow-commands-for-github-actions#setting-an-error-message).
 * `--format=gitlab`: also writes gl-code-quality-report.json, shown on the diff of a merge request
 *   (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/integrations/content-check/index.ts';
import { formatReport, formatWarnings, type Problem } from '../src/integrations/content-check/problem.ts';

const FORMATS = ['text', 'github', 'gitlab'] as const;
type Format = (typeof FORMATS)[number];

const CODE_QUALITY_REPORT = 'gl-code-quality-report.json';

/** Workflow commands end at a newline, and their properties at `,` or `:`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function githubAnnotation({ file, line, field, message, warning }: Problem): string {
  const properties = [`file=${file}`, ...(line ? [`line=${line}`] : []), `title=${field ? `Champ « ${field} »` : 'Contenu'}`];
  return `::${warning ? 'warning' : 'error'} ${properties.map(escapeProperty).join(',')}::${escapeData(message)}`;
}

/** One Code Quality issue. The fingerprint leaves the line out, so that a problem keeps it when lines move above it. */
function codeQualityIssue({ file, line, field, message, warning }: Problem) {
  return {
    description: field ? `Champ « ${field} » : ${message}` : message,
    check_name: 'verifier-contenu',
    fingerprint: createHash('sha256')
      .update(`${file}\0${field ?? ''}\0${message}`)
      .digest('hex'),
    severity: warning ? 'minor' : 'major',
    location: { path: file, lines: { begin: line ?? 1 } },
  };
}

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
const format = values.format as Format;
if (!FORMATS.includes(format)) {
  console.error(`Format inconnu « ${values.format} » : choisissez ${FORMATS.map((f) => `--format=${f}`).join(', ')}.`);
  process.exit(2);
}

const started = performance.now();
const { entries, problems, warnings } = checkContent(process.cwd());
const elapsed = Math.round(performance.now() - started);

if (format === 'github') for (const problem of [...problems, ...warnings]) console.log(githubAnnotation(problem));
if (format === 'gitlab')
  writeFileSync(CODE_QUALITY_REPORT, `${JSON.stringify([...problems, ...warnings].map(codeQualityIssue), null, 2)}\n`);
if (warnings.length > 0) console.warn(formatWarnings(warnings));

if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  console.log(`Contenu valide : ${entries.length} entrées vérifiées en ${elapsed} ms.`);
}
