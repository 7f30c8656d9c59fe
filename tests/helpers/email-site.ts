/**
 * The fixture site of the e-mail versions: the Semaine's edition 2031
 * (tests/fixtures/sites/semaine/) and a bulletin written to try them
 * (tests/fixtures/sites/courriel/: characters to escape, links of every kind, an
 * image wider than the message), built at an address with a base path, as on
 * GitHub Pages, and with an unsubscribe sentence for one académie.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from './fixture-site.ts';

export const SITE_URL = 'https://perseverance.example.fr';
export const BASE_PATH = '/site/';
/** Where the built site says it is: every address of a message starts here. */
export const SITE_ROOT = `${SITE_URL}${BASE_PATH}`;
export const UNSUBSCRIBE_LIMOGES = 'Pour ne plus recevoir ces courriels, écrivez à liste-fictive@example.org (adresse des tests).';

export const BULLETINS = ['2031-02-03-bordeaux', '2031-02-04-bordeaux', '2031-02-05-limoges'];

export function buildEmailSite(): FixtureSite {
  return buildFixtureSite('courriel', {
    files: { ...readFixtureFiles('semaine'), ...readFixtureFiles('courriel') },
    env: { SITE_URL, BASE_PATH },
    before: (root) => {
      const file = join(root, 'content/academies.yaml');
      const yaml = readFileSync(file, 'utf8');
      const entry = 'limoges:\n  nom: Académie de Limoges\n';
      if (!yaml.includes(entry)) throw new Error('content/academies.yaml a changé : mettez à jour tests/helpers/email-site.ts.');
      writeFileSync(file, yaml.replace(entry, `${entry}  courriel_desinscription: "${UNSUBSCRIBE_LIMOGES}"\n`));
    },
  });
}

/**
 * The pages of a built site that have an e-mail version: every bulletin, and every
 * lettre (`lettres/<id>/`), as folders of dist/: « semaine/bulletins/2031-02-03-bordeaux ».
 */
export function emailPages(dist: string): string[] {
  return ['semaine/bulletins', 'lettres'].flatMap((folder) => {
    const dir = join(dist, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => existsSync(join(dir, name, 'index.html')))
      .map((name) => `${folder}/${name}`);
  });
}
