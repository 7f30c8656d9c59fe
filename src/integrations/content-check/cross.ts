/** Rules that span collections: what no single schema can see. */
import { departementByCode } from '../../lib/geo/communes.ts';
import { DISPOSITIF_TYPES } from '../../lib/dispositif-types.ts';
import { isoDate } from '../../lib/format/dates.ts';
import { acronymsAreDefined } from './glossary-check.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { siteFileProblem } from './site-files.ts';
import { entriesOf, type ParsedEntry } from './validate.ts';
import { unsafeMarkdown } from './unsafe-markdown.ts';
import { translationsAreCurrent } from './translations.ts';

export interface CheckContext {
  /** The project root. */
  root: string;
  /** Entries and one-file collections that exist but could not be read (read.ts). */
  unreadable: ReadonlySet<string>;
}

/** `entries` are the valid entries; `all` holds the invalid ones too, so that an invalid file is not also reported as missing. */
type Check = (entries: readonly ParsedEntry[], all: readonly RawEntry[], context: CheckContext) => Problem[];

/** A dispositif without its own `fiche` points to the fiche of its type, which must exist: one message per missing fiche. */
const typeFichesExist: Check = (entries, all, { unreadable }) => {
  const fiches = new Set(all.filter((e) => e.collection === 'fiches').map((e) => e.id));
  const exists = (fiche: string) => fiches.has(fiche) || unreadable.has(`fiches/${fiche}`);
  const missing = new Map<string, ParsedEntry<'dispositifs'>[]>();
  for (const entry of entriesOf(entries, 'dispositifs')) {
    const fiche = DISPOSITIF_TYPES[entry.parsed.type].fiche;
    if (!entry.parsed.fiche && !exists(fiche)) missing.set(fiche, [...(missing.get(fiche) ?? []), entry]);
  }
  return [...missing].map(([fiche, [first, ...others]]) => ({
    file: first!.file,
    line: first!.lineOf(['type']),
    field: 'type',
    message: `la fiche « ${fiche} » qui explique ce type de dispositif n'existe pas${others.length > 0 ? ` (${others.length + 1} dispositifs la demandent)` : ''} : créez content/fiches/${fiche}.md, ou indiquez \`fiche\` dans chaque dispositif.`,
  }));
};

/** A département belongs to one académie, and exists. */
const academiesPartitionDepartements: Check = (entries) => {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const academie of entriesOf(entries, 'academies')) {
    academie.parsed.departements.forEach((code, index) => {
      const line = academie.lineOf(['departements', index]);
      if (!departementByCode(code))
        problems.push({
          file: academie.file,
          line,
          field: `${academie.id}.departements`,
          message: `le département « ${code} » n'existe pas.`,
        });
      const other = owner.get(code);
      if (other)
        problems.push({
          file: academie.file,
          line,
          field: `${academie.id}.departements`,
          message: `le département « ${code} » est déjà dans l'académie « ${other} ».`,
        });
      owner.set(code, academie.id);
    });
  }
  return problems;
};

/** Bulletins: the date falls in the edition, the département belongs to the académie, one bulletin per day and académie. */
const bulletinsAreConsistent: Check = (entries) => {
  const academies = new Map(entriesOf(entries, 'academies').map((a) => [a.id, a.parsed.departements]));
  const editions = new Map(entriesOf(entries, 'editions').map((e) => [e.id, e.parsed]));
  const days = new Map<string, string>();
  const problems: Problem[] = [];
  for (const bulletin of entriesOf(entries, 'bulletins')) {
    const academie = bulletin.parsed.academie.id;
    const departement = bulletin.parsed.departement;
    if (!academies.get(academie)?.includes(departement)) {
      problems.push({
        file: bulletin.file,
        line: bulletin.lineOf(['departement']),
        field: 'departement',
        message: `le département « ${departement} » n'appartient pas à l'académie « ${academie} » (${(academies.get(academie) ?? []).join(', ')}).`,
      });
    }
    const date = bulletin.parsed.date;
    const editionId = bulletin.parsed.edition.id;
    const edition = editions.get(editionId);
    if (edition && (date < edition.debut || date > edition.fin)) {
      problems.push({
        file: bulletin.file,
        line: bulletin.lineOf(['date']),
        field: 'date',
        message: `le ${isoDate(date)} n'est pas dans l'édition ${editionId} de la Semaine (du ${isoDate(edition.debut)} au ${isoDate(edition.fin)}) : corrigez la date ou l'édition.`,
      });
    }
    if (edition && !edition.academies.some((a) => a.id === academie)) {
      problems.push({
        file: bulletin.file,
        line: bulletin.lineOf(['academie']),
        field: 'academie',
        message: `l'académie « ${academie} » ne participe pas à l'édition ${editionId} : ajoutez-la dans content/editions/${editionId}.yaml ou corrigez l'académie.`,
      });
    }
    const key = `${isoDate(date)} ${academie}`;
    const other = days.get(key);
    if (other)
      problems.push({
        file: bulletin.file,
        line: bulletin.lineOf(['date']),
        field: 'date',
        message: `un bulletin existe déjà ce jour-là pour cette académie (${other}) : un seul bulletin par jour et par académie.`,
      });
    days.set(key, bulletin.file);
  }
  return problems;
};

/**
 * Lettres: one number per issue within an académie, and numbers in the order of the
 * dates (a number is a published fact: a mistyped one would stay in e-mails already sent).
 */
const lettresAreConsistent: Check = (entries) => {
  const problems: Problem[] = [];
  const numbered = entriesOf(entries, 'lettres').filter((l) => l.parsed.numero !== undefined);
  for (const [academie, lettres] of Map.groupBy(numbered, (l) => l.parsed.academie.id)) {
    const byNumero = new Map<number, (typeof lettres)[number]>();
    for (const lettre of [...lettres].sort((a, b) => a.file.localeCompare(b.file))) {
      const numero = lettre.parsed.numero!;
      const other = byNumero.get(numero);
      if (other)
        problems.push({
          file: lettre.file,
          line: lettre.lineOf(['numero']),
          field: 'numero',
          message: `la lettre n° ${numero} de l'académie « ${academie} » existe déjà (${other.file}) : un numéro par lettre, donnez à celle-ci le numéro suivant.`,
        });
      else byNumero.set(numero, lettre);
    }
    const inOrder = [...byNumero.values()].sort((a, b) => a.parsed.numero! - b.parsed.numero!);
    inOrder.forEach((lettre, i) => {
      const before = inOrder[i - 1];
      if (before && lettre.parsed.date < before.parsed.date)
        problems.push({
          file: lettre.file,
          line: lettre.lineOf(['date']),
          field: 'date',
          message: `la lettre n° ${lettre.parsed.numero} est datée du ${isoDate(lettre.parsed.date)}, avant la n° ${before.parsed.numero} (${isoDate(before.parsed.date)}, ${before.file}) : corrigez la date ou le numéro.`,
        });
    });
  }
  return problems;
};

/** A ressource's `fichier` names a file that exists under public/. */
const siteFilesExist: Check = (entries, _all, { root }) =>
  entriesOf(entries, 'ressources').flatMap((entry) => {
    const path = entry.parsed.fichier;
    const message = path === undefined ? undefined : siteFileProblem(root, path);
    return message ? [{ file: entry.file, line: entry.lineOf(['fichier']), field: 'fichier', message }] : [];
  });

export const CROSS_CHECKS: readonly Check[] = [
  (_entries, all, { unreadable }) => acronymsAreDefined(all, unreadable),
  typeFichesExist,
  academiesPartitionDepartements,
  bulletinsAreConsistent,
  lettresAreConsistent,
  unsafeMarkdown,
  siteFilesExist,
  translationsAreCurrent,
];
