/**
 * `npm run verifier` on each class of contributed content: it fails (exit 1) and
 * names the file, the line and the fix in French; on valid content it passes.
 * The real command, run in the fixture's folder as an editor runs it.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { materialiseFixture } from './check-fixture.ts';

const script = path.join(import.meta.dirname, '../../../scripts/verifier.ts');

async function verifier(fixture: string) {
  const cwd = materialiseFixture(fixture);
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd, encoding: 'utf8' });
    return { status: 0, output: stdout };
  } catch (error) {
    const { code, stderr } = error as { code: number; stderr: string };
    return { status: code, output: stderr };
  }
}

/** Each class of the issue, and one line of the report it must print. */
const REFUSED: [fixture: string, line: string][] = [
  ['mdx-in-content', 'content/fiches/fiche.mdx : MDX refusé dans content/'],
  ['draft-file', 'content/fiches/_brouillon.md : « _brouillon.md » : un nom qui commence par « _ » ne fait pas un brouillon'],
  ['unsafe-url-fields', 'content/etablissements/lycee-exemple.yaml:12 — champ « site_web » : adresse « javascript: » refusée'],
  ['file-paths', "content/ressources/autre-hote.md:6 — champ « fichier » : « //autre-site.example/x.pdf » n'est pas un chemin du site"],
  ['unsafe-style-attribute', 'content/fiches/fiche.md:10 : « style= » — l’attribut « style » est refusé'],
  ['unsafe-event-attribute', 'content/fiches/fiche.md:8 : « onclick= » — l’attribut « onclick » exécute du code'],
  ['third-party-resources', 'content/fiches/fiche.md:14 : « <video> » — média embarqué, refusé'],
  ['control-characters', 'content/etablissements/lycee-exemple.yaml:1 — champ « nom » : caractère invisible U+0001'],
  ['latin-1', "content/dispositifs/paps-lycee-exemple.md:8 : le fichier n'est pas enregistré en UTF-8"],
  ['careless-mistakes', "content/etablissements/deux-points.yaml:1 : la valeur contient « : » suivi d'une espace"],
  ['media-upload', 'public/images/contenu/logo.svg'],
  ['capitals-for-emphasis', "content/fiches/mlds-paps.md:14 : le sigle « ZZQ » n'est pas dans le glossaire"],
];

describe.concurrent('npm run verifier on contributed content', () => {
  it.each(REFUSED)('refuses %s: exit 1 and « %s »', async (fixture, line) => {
    const { status, output } = await verifier(fixture);
    expect(status).toBe(1);
    expect(output).toContain(`  - ${line}`);
  });

  it.each(['valid', 'bom-and-spaces', 'unsafe-harmless'])('passes %s: exit 0', async (fixture) => {
    const { status, output } = await verifier(fixture);
    expect(output).toMatch(/^Contenu valide : \d+ entrées vérifiées/);
    expect(status).toBe(0);
  });
});
