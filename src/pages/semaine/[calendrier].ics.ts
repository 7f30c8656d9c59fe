/**
 * The Semaine as an iCalendar file (RFC 5545) at /semaine/semaine.ics, with the
 * events of src/data/calendar.ts. Built only when it has one (a calendar without
 * any component is not valid): while no edition is published, there is no file.
 */
import type { APIContext } from 'astro';
import { calendarEvents, calendarOffered } from '../../data/calendar.ts';
import { useTranslations } from '../../i18n/dictionaries.ts';
import { buildCalendar } from '../../lib/semaine/icalendar.ts';
import { paths } from '../../lib/paths.ts';
import { SITE } from '../../site.config.ts';

const t = useTranslations('fr');

// « semaine », from paths.ics (`/semaine/semaine.ics`): one file, or none.
export const getStaticPaths = () =>
  calendarOffered ? [{ params: { calendrier: paths.ics.slice(paths.ics.lastIndexOf('/') + 1, -'.ics'.length) } }] : [];

export function GET(context: APIContext) {
  const body = buildCalendar({
    prodId: `-//Réseau de la persévérance scolaire, ${SITE.territory}//Semaine//FR`,
    name: t('semaine.name'),
    events: calendarEvents(context.site ?? new URL('http://localhost/')),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
