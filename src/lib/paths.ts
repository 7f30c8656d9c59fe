/**
 * Internal links, prefixed with the site's base path so that the site also
 * works under a sub-path (GitHub or GitLab Pages).
 */
const BASE = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');

/** `/fiches/gpds/` → `/base/fiches/gpds/`. Pass paths with their trailing slash. */
export function href(path: string): string {
  return `${BASE}${path}`;
}

/** The full address of a page, for what leaves the site (data files, feeds, calendars, structured data). */
export function absoluteHref(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? 'http://localhost/').href;
}

/** The e-mail versions of a page sit next to it: `<page>courriel.html` and `<page>courriel.txt` (issue #16). */
export const EMAIL_FILES = { html: 'courriel.html', text: 'courriel.txt' } as const;

export const paths = {
  dispositifs: '/dispositifs/',
  carte: '/carte/',
  dispositif: (id: string) => `/dispositifs/${id}/`,
  etablissement: (id: string) => `/etablissements/${id}/`,
  departements: '/departements/',
  departement: (code: string) => `/departements/${code}/`,
  academie: (id: string) => `/academies/${id}/`,
  fiches: '/fiches/',
  fiche: (id: string) => `/fiches/${id}/`,
  semaine: '/semaine/',
  edition: (annee: string) => `/semaine/${annee}/`,
  archives: '/semaine/archives/',
  rss: '/semaine/bulletins.xml',
  ics: '/semaine/semaine.ics',
  action: (id: string) => `/semaine/actions/${id}/`,
  bulletin: (id: string) => `/semaine/bulletins/${id}/`,
  lettres: '/lettres/',
  lettre: (id: string) => `/lettres/${id}/`,
  /** The lettres of every académie as one RSS feed, and each académie's own. */
  lettresRss: '/lettres/lettres.xml',
  lettresRssOf: (academie: string) => `/lettres/${academie}.xml`,
  lettreEmail: (id: string) => `/lettres/${id}/${EMAIL_FILES.html}`,
  lettreText: (id: string) => `/lettres/${id}/${EMAIL_FILES.text}`,
  bulletinEmail: (id: string) => `/semaine/bulletins/${id}/${EMAIL_FILES.html}`,
  bulletinText: (id: string) => `/semaine/bulletins/${id}/${EMAIL_FILES.text}`,
  ressources: '/ressources/',
  ressource: (id: string) => `/ressources/${id}/`,
  glossaire: '/glossaire/',
  recherche: '/recherche/',
  sigle: (sigle: string) => `/glossaire/#${sigle.toLowerCase()}`,
  sources: '/sources/',
  source: (id: string) => `/sources/#${id}`,
  donnees: '/donnees/',
  guide: '/quelle-solution/',
  /** A step of the guide: `16-ans/` → `/quelle-solution/16-ans/`. */
  guideStep: (path: string) => `/quelle-solution/${path}`,
} as const;
