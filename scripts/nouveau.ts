/**
 * `npm run nouveau -- bulletin`, `-- action` or `-- lettre`: asks a few
 * questions and writes a new content file, commented in French, then checks it
 * with the build's own checker. Every answer can be given as `--champ=valeur`;
 * when stdin is not a terminal, nothing is asked. A lettre without `--numero`
 * gets the number after its académie's last one.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/integrations/content-check/index.ts';
import { formatProblem } from '../src/integrations/content-check/problem.ts';
import { readContent } from '../src/integrations/content-check/read.ts';
import { entryPath, entryText, KINDS, nextNumero, QUESTIONS, type Kind } from '../src/lib/editor/new-entry.ts';

/** How the script names what it writes, and what to change when the file exists already. */
const WORDS: Record<Kind, { nouveau: string; autre: string }> = {
  bulletin: { nouveau: 'Nouveau bulletin', autre: 'jour ou une autre académie' },
  action: { nouveau: 'Nouvelle action', autre: 'titre' },
  lettre: { nouveau: 'Nouvelle lettre', autre: 'titre ou une autre date' },
};

const [kind, ...rest] = process.argv.slice(2);
if (!KINDS.includes(kind as Kind)) {
  console.error(`Usage : npm run nouveau -- ${KINDS.join(' | ')} [--champ=valeur …]`);
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
  console.log(`${WORDS[kind as Kind].nouveau} : répondez aux questions (Entrée pour laisser vide un champ facultatif).`);
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

// The number is a published fact: written in the file, the académie's next one unless given.
if (kind === 'lettre' && !values['numero']?.trim() && values['academie']) {
  const lettres = readContent(root).entries.filter((e) => e.collection === 'lettres');
  values['numero'] = String(
    nextNumero(
      lettres.map((e) => (e.data ?? {}) as Record<string, unknown>),
      values['academie'].trim(),
    ),
  );
}

const file = entryPath(kind as Kind, values);
const path = join(root, file);
if (existsSync(path)) {
  console.error(`${file} existe déjà : il n'a pas été remplacé. Modifiez-le, ou choisissez un autre ${WORDS[kind as Kind].autre}.`);
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
