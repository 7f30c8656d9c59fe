/**
 * `npm run nouveau -- bulletin` or `npm run nouveau -- action`: asks a few
 * questions and writes a new content file, commented in French, then checks it
 * with the build's own checker. Every answer can be given as `--champ=valeur`;
 * when stdin is not a terminal, nothing is asked.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/integrations/content-check/index.ts';
import { formatProblem } from '../src/integrations/content-check/problem.ts';
import { entryPath, entryText, QUESTIONS, type Kind } from '../src/lib/editor/new-entry.ts';

const [kind, ...rest] = process.argv.slice(2);
if (kind !== 'bulletin' && kind !== 'action') {
  console.error('Usage : npm run nouveau -- bulletin | action [--champ=valeur …]');
  process.exit(2);
}
const values: Record<string, string> = {};
for (const arg of rest) {
  const match = /^--([a-z_]+)=(.*)$/s.exec(arg);
  if (match) values[match[1]!] = match[2]!;
}
const root = values['racine'] ?? process.cwd();
delete values['racine'];

const questions = QUESTIONS[kind as Kind];
const missing = questions.filter((q) => values[q.field] === undefined);
if (missing.length > 0 && process.stdin.isTTY) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  console.log(
    `Nouveau ${kind === 'bulletin' ? 'bulletin' : 'action'} : répondez aux questions (Entrée pour laisser vide un champ facultatif).`,
  );
  for (const question of missing) {
    let answer = '';
    do {
      answer = (await rl.question(`${question.prompt}${question.required ? '' : ' (facultatif)'} : `)).trim();
    } while (question.required && !answer);
    values[question.field] = answer;
  }
  rl.close();
}

const absent = questions.filter((q) => q.required && !values[q.field]?.trim());
if (absent.length > 0) {
  console.error(`Champs obligatoires manquants : ${absent.map((q) => `--${q.field}=…`).join(' ')}`);
  process.exit(2);
}

const file = entryPath(kind as Kind, values);
const path = join(root, file);
if (existsSync(path)) {
  console.error(
    `${file} existe déjà : il n'a pas été remplacé. Modifiez-le, ou choisissez un autre ${kind === 'bulletin' ? 'jour ou une autre académie' : 'titre'}.`,
  );
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, entryText(kind as Kind, values));
console.log(`Fichier écrit : ${file}`);

// The build's checker, on the whole content: references and cross-collection rules too.
const problems = checkContent(root).problems.filter((p) => p.file === file);
if (problems.length > 0) {
  console.error(`À corriger dans ${file} avant de proposer la modification :`);
  for (const problem of problems) console.error(`  - ${formatProblem(problem)}`);
  process.exitCode = 1;
} else {
  console.log('Le fichier est valide. Complétez le texte sous l’en-tête, puis lancez « npm run verifier ».');
}
