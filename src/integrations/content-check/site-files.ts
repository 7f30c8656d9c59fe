/**
 * A path that content writes to a file of the site (`fichier`, an image) names
 * a file that exists under public/: otherwise the reader meets a broken image
 * or a download that fails, and `//other-host/x.pdf` would lead elsewhere.
 */
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { publicFileOf, sitePathProblem } from '../../lib/security/addresses.ts';
import { MEDIA_FOLDER, MEDIA_PUBLIC_PATH } from '../../lib/media/formats.ts';

/** Why `path` does not name a file of the site under `root`/public, or undefined when it does. */
export function siteFileProblem(root: string, path: string): string | undefined {
  const shape = sitePathProblem(path);
  if (shape) return shape;
  let file: string;
  try {
    file = join(root, 'public', publicFileOf(path));
  } catch {
    return `« ${path} » : chemin illisible (un « % » sans code valide) ; nommez le fichier en minuscules, chiffres et tirets.`;
  }
  if (!existsSync(file) || !lstatSync(file).isFile())
    return `le fichier « ${path} » n'existe pas : ajoutez-le dans ${MEDIA_FOLDER}/ (l'éditeur en ligne l'y dépose) et écrivez son chemin, « ${MEDIA_PUBLIC_PATH}/nom-du-fichier ».`;
  return undefined;
}
