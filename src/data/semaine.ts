/**
 * The Semaine's pages read their lists here, computed once from src/content.ts
 * with the pure functions of src/lib/semaine/calendar.ts. (The leading underscore keeps
 * this module out of Astro's routes.)
 */
import {
  academies,
  actions,
  actionsById,
  bulletins,
  departementOfAction,
  departementsByCode,
  schoolOf,
  editions,
  frenchOrder,
  type Academie,
  type Action,
  type Bulletin,
  type Departement,
  type Edition,
} from '../content.ts';
import type { T } from '../i18n/dictionaries.ts';
import { editionCalendar, featuredEdition, groupBy, type CalendarDay } from '../lib/semaine/calendar.ts';

/** A bulletin with what a calendar cell needs. */
export interface BulletinOfDay {
  id: string;
  date: Date;
  academie: string;
  departement: Departement | undefined;
  entry: Bulletin;
}

export interface EditionView {
  id: string;
  debut: Date;
  fin: Date;
  entry: Edition;
  academies: Academie[];
  bulletins: BulletinOfDay[];
  calendar: CalendarDay<BulletinOfDay>[];
  /** Its actions: those that name the edition, and those its bulletins present. */
  actions: Action[];
}

const toBulletinOfDay = (entry: Bulletin): BulletinOfDay => ({
  id: entry.id,
  date: entry.data.date,
  academie: entry.data.academie.id,
  departement: departementsByCode.get(entry.data.departement),
  entry,
});

function toView(entry: Edition): EditionView {
  const own = bulletins.filter((b) => b.data.edition.id === entry.id).map(toBulletinOfDay);
  const presented = new Set(own.flatMap(({ entry: b }) => [b.data.action_phare?.id, ...b.data.actions.map((a) => a.id)]));
  return {
    id: entry.id,
    debut: entry.data.debut,
    fin: entry.data.fin,
    entry,
    academies: academies.filter((a) => entry.data.academies.some((ref) => ref.id === a.id)),
    bulletins: own,
    calendar: editionCalendar(entry.data, own),
    actions: actions.filter((a) => a.data.edition?.id === entry.id || presented.has(a.id)),
  };
}

/** Editions, the latest first. */
export const editionViews = editions.map(toView);

/** The edition /semaine/ shows: under way, else next, else the latest; `today` is the day of the build. */
export const featured = featuredEdition(editionViews, new Date());

const noDepartement = 'sans département';
export function actionsByDepartement(list: readonly Action[]) {
  return groupBy(list, (a) => [departementOfAction(a)?.code ?? noDepartement], frenchOrder).map(({ key, items }) => ({
    departement: departementsByCode.get(key),
    actions: items,
  }));
}

export function actionsByTheme(list: readonly Action[]) {
  return groupBy(list, (a) => a.data.thematiques, frenchOrder).map(({ key, items }) => ({ theme: key, actions: items }));
}

/** The actions a bulletin presents, as it presents them: the action phare first and marked, then the others, each once. */
export function actionsOfBulletin({ data }: Bulletin): { action: Action; phare: boolean }[] {
  const phare = data.action_phare?.id;
  const others = data.actions.map(({ id }) => id).filter((id) => id !== phare);
  return [...(phare ? [phare] : []), ...new Set(others)].map((id) => ({ action: actionsById.get(id)!, phare: id === phare }));
}

/** « Collège Jean Rostand, Tartas — Landes (40) »: where an action takes place, as the bulletin writes it (page and e-mail). */
export function actionPlace(t: T, action: Action): string {
  const school = schoolOf(action);
  const departement = departementOfAction(action);
  return departement
    ? t('semaine.bulletin.actionPlace', {
        etablissement: school.nom,
        commune: school.commune,
        departement: departement.nom,
        code: departement.code,
      })
    : t('semaine.bulletin.actionPlaceNoDepartement', { etablissement: school.nom, commune: school.commune });
}

export { actions as allActions };
