/**
 * The events of the Semaine's iCalendar file (/semaine/semaine.ics): an all-day event
 * per day of each edition, and one per dated action. RFC 5545 (§3.6) wants at least one
 * component in a calendar, so while there is none (no edition published, no dated
 * action) the file is neither built nor linked: `calendarOffered`.
 */
import { actions, schoolOf } from '../content.ts';
import { useTranslations } from '../i18n/dictionaries.ts';
import { absoluteHref, paths } from '../lib/paths.ts';
import { editionDays } from '../lib/semaine/calendar.ts';
import type { DayEvent } from '../lib/semaine/icalendar.ts';
import { editionViews } from './semaine.ts';

/** Feeds and calendars are French, as the Semaine's pages are. */
const t = useTranslations('fr');

/** The events, in date order; `site` makes their addresses and UIDs. */
export function calendarEvents(site: URL): DayEvent[] {
  // UIDs are built from content ids, so that a calendar updates an event instead of adding it again.
  const uid = (local: string) => `${local}@${site.hostname}`;

  const days: DayEvent[] = editionViews.flatMap((edition) =>
    editionDays(edition).map((date, i) => {
      const honoured = edition.calendar[i]!.bulletins;
      const departements = [...honoured.values()].map((b) => b.departement?.nom).filter(Boolean);
      return {
        uid: uid(`semaine-${edition.id}-jour-${i + 1}`),
        date,
        summary: t('semaine.ics.daySummary', { day: i + 1 }),
        description: [
          t('semaine.ics.dayEdition', { edition: edition.id, date: t.date(date) }),
          edition.entry.data.theme && t('semaine.ics.dayTheme', { theme: edition.entry.data.theme }),
          departements.length > 0 && t('semaine.ics.dayHonoured', { departements: departements.join(', ') }),
        ]
          .filter(Boolean)
          .join('\n'),
        url: absoluteHref(paths.edition(edition.id), site),
        stamp: edition.entry.data.date_maj,
      };
    }),
  );

  const dated: DayEvent[] = actions.flatMap((action) => {
    if (!action.data.date) return [];
    const school = schoolOf(action);
    return [
      {
        uid: uid(`action-${action.id}`),
        date: action.data.date,
        summary: action.data.titre,
        location: `${school.nom}, ${school.commune}`,
        url: absoluteHref(paths.action(action.id), site),
        stamp: action.data.date_maj,
      },
    ];
  });

  return [...days, ...dated].sort((a, b) => a.date.getTime() - b.date.getTime() || a.uid.localeCompare(b.uid));
}

/** Whether the calendar file exists, for the pages that would link it. */
export const calendarOffered = calendarEvents(new URL('http://localhost/')).length > 0;
