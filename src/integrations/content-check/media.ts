/**
 * Checks the files that coordinators upload (public/images/contenu/, the CMS's
 * media folder). Everything in public/ is published as is, at the site's own
 * address: a contributed file must be an image or a document whose bytes are
 * what its extension says, with a name fit for a URL, light enough for a phone,
 * and, for an SVG, a drawing without script (src/lib/media/svg-safety.ts).
 * Subfolders are allowed when their names follow the same rule as file names
 * (they become part of the URL): a maintainer may sort files by year.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import {
  isMediaExtension,
  MAX_MEDIA_BYTES,
  MEDIA_EXTENSIONS,
  MEDIA_FOLDER,
  MEDIA_FORMATS,
  type MediaExtension,
} from '../../lib/media/formats.ts';
import { macroEntry, officeKind, zipEntryNames } from '../../lib/media/office.ts';
import { refusedTypeFix } from '../../lib/media/refused-types.ts';
import { sniff } from '../../lib/media/sniff.ts';
import { findUnsafeSvg } from '../../lib/media/svg-safety.ts';
import { joinFrench, SLUG, slugify } from '../../lib/format/text.ts';
import type { Problem } from './problem.ts';

/** Kept so that git keeps an empty folder. */
const GITKEEP = '.gitkeep';
const HEAD_BYTES = 4096;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;

export function checkMedia(root: string): Problem[] {
  return checkFolder(root, MEDIA_FOLDER);
}

function checkFolder(root: string, folder: string): Problem[] {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return []; // No media folder yet.
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry): Problem[] => {
      const file = `${folder}/${entry.name}`;
      if (entry.isSymbolicLink())
        return [
          {
            file,
            message:
              'lien symbolique refusé : il publierait un fichier pris ailleurs sur la machine qui construit le site. Remplacez-le par le fichier lui-même.',
          },
        ];
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.'))
          return [{ file, message: 'dossier caché refusé : il serait publié sans que les relecteurs le voient. Retirez-le.' }];
        const named = SLUG.test(entry.name)
          ? []
          : [
              {
                file,
                message: `nom de dossier « ${entry.name} » : utilisez des minuscules sans accents, des chiffres et des tirets (il devient une partie de l’adresse des fichiers)${suggestion(entry.name)}.`,
              },
            ];
        return [...named, ...checkFolder(root, file)];
      }
      if (!entry.isFile()) return [{ file, message: 'ni fichier ni dossier : retirez-le.' }];
      return checkFile(join(root, file), file, entry.name);
    });
}

/** « , par exemple « photo-ete.jpg » », when a slug can be made from the name. */
function suggestion(name: string, extension?: string): string {
  const slug = slugify(name);
  return slug ? `, par exemple « ${slug}${extension ? `.${extension}` : ''} »` : '';
}

function checkFile(path: string, file: string, name: string): Problem[] {
  if (name === GITKEEP) return [];
  if (name.startsWith('.'))
    return [
      {
        file,
        message: `fichier caché « ${name} » refusé : il serait publié sans que les relecteurs le voient (par exemple un .htaccess, qui configure le serveur). Retirez-le.`,
      },
    ];
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const problems: Problem[] = [];
  if (!SLUG.test(stem) || (dot > 0 && !/^[a-z0-9]+$/.test(name.slice(dot + 1))))
    problems.push({
      file,
      message: `nom de fichier « ${name} » : utilisez des minuscules sans accents, des chiffres et des tirets, avec une seule extension (il devient l’adresse du fichier)${suggestion(stem, extension)}. Mettez à jour les pages qui y renvoient.`,
    });
  if (!isMediaExtension(extension)) {
    const type = extension ? `type de fichier refusé (.${extension})` : 'fichier sans extension';
    problems.push({
      file,
      message: `${type} : ${refusedTypeFix(extension)} Types admis : ${joinFrench(MEDIA_EXTENSIONS.map((e) => `.${e}`))}.`,
    });
    return problems;
  }
  return [...problems, ...checkContent(path, file, extension)];
}

/** Size, magic number, then what is inside: an office document's macros, an SVG's elements. */
function checkContent(path: string, file: string, extension: MediaExtension): Problem[] {
  const format = MEDIA_FORMATS[extension];
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  let size: number;
  try {
    size = fstatSync(fd).size;
    readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const bytes = head.subarray(0, Math.min(size, HEAD_BYTES));
  const problems: Problem[] = [];
  if (size > MAX_MEDIA_BYTES)
    problems.push({
      file,
      message: `fichier trop lourd : ${megabytes(size)}, pour ${megabytes(MAX_MEDIA_BYTES)} au plus (les pages doivent rester légères sur un téléphone modeste). ${
        format.kind === 'image'
          ? 'Réduisez l’image (2 000 pixels de large suffisent) et enregistrez-la en JPEG ou en WebP.'
          : 'Réduisez le document (PDF : « taille de fichier réduite » à l’export) ou découpez-le.'
      }`,
    });
  const zipNames = MEDIA_FORMATS.docx.magic(bytes) ? zipEntryNames(path) : undefined;
  const kind = zipNames && officeKind(bytes, zipNames);
  // Documents other than PDF are office files, ZIP archives told apart by their entries.
  const office = format.kind === 'document' && extension !== 'pdf';
  if (!format.magic(bytes) || (office && kind !== extension)) {
    const actual = sniff(bytes, zipNames);
    const stem = file.slice(file.lastIndexOf('/') + 1, file.lastIndexOf('.'));
    const fix = actual.extension
      ? `Renommez-le en « ${stem}.${actual.extension} ».`
      : `Exportez-le de nouveau en ${extension.toUpperCase()} depuis le logiciel d’origine, ou retirez-le.`;
    problems.push({
      file,
      message: `le contenu ne correspond pas à l’extension .${extension} : c’est ${actual.label}, pas ${format.label}. ${fix}`,
    });
    return problems;
  }
  const macro = zipNames && macroEntry(zipNames);
  if (macro)
    problems.push({
      file,
      message: `le document contient des macros (« ${macro} »), du code qui s’exécuterait à l’ouverture : enregistrez-le sans macros, ou en PDF.`,
    });
  if (extension === 'svg' && size <= MAX_MEDIA_BYTES)
    for (const { line, construct, fix, count } of findUnsafeSvg(readFileSync(path)))
      problems.push({ file, line, message: `« ${construct} » — ${fix}${count ? ` (${count} fois dans le fichier)` : ''}` });
  return problems;
}
