/**
 * The built pages a pull or merge request changes, from the files it changes: a
 * content file gives the page made from it (and its translations), a file of the
 * site's code every page. What scripts/pages-changed.ts writes in the job summary.
 * The pages a content file makes are src/lib/content-pages.ts's.
 */
import { DEFAULT_LANG, LANGUAGES, isLang, type Lang } from '../../src/i18n/languages.ts';
import { isTranslatedPage } from '../../src/i18n/scope.ts';
import { ENTRY_PAGES, FILE_PAGES } from '../../src/lib/content-pages.ts';
import { COLLECTIONS, CONTENT_DIR } from '../../src/schemas/index.ts';

/** What changing one file does to the built site. */
export type Effect =
  /** These pages (French path first, then its translations) or published files. */
  | { kind: 'pages'; pages: string[] }
  /** Every page of one language: its translation file. */
  | { kind: 'language'; lang: Lang }
  /** Every page: the site's code, its build, its packages. */
  | { kind: 'site' }
  /** Nothing published: tests, documentation, the forge's own files. */
  | { kind: 'none' };

export interface Context {
  /** The languages the site is published in (French, and each language with a translation file). */
  langs: readonly Lang[];
  /** The ids of a one-file collection (« content/academies.yaml »), as the file holds them now. */
  idsOf: (file: string) => string[];
}

/** What the build reads besides content/: a change there can change any page. */
const SITE_FILES = /^(src\/|astro\.config\.mjs$|package(-lock)?\.json$|tsconfig\.json$|scripts\/search-index\.ts$|scripts\/lib\/)/;

/** The search reads these everyday words on every search (content/mots-courants.yaml). */
const SEARCH_FILES: Record<string, string> = { [`${CONTENT_DIR}/${COLLECTIONS.motsCourants.files.file}`]: '/recherche/' };

type PagedCollection = keyof typeof ENTRY_PAGES;
const isPaged = (name: string): name is PagedCollection => Object.hasOwn(ENTRY_PAGES, name);

/**
 * An entry's page in every language it is published in: the French page, then its translations
 * (the addresses `pathIn` of src/i18n/routes.ts gives, whose module Node cannot load: it reads the
 * translation files through Vite).
 */
const inLanguages = (page: string, langs: readonly Lang[]) =>
  isTranslatedPage(page) ? langs.map((lang) => (lang === DEFAULT_LANG ? page : `/${lang}${page}`)) : [page];

export function effectOf(file: string, { langs, idsOf }: Context): Effect {
  if (SITE_FILES.test(file)) return { kind: 'site' };
  // A file of public/ is published as it is, at the same place.
  if (file.startsWith('public/')) return { kind: 'pages', pages: [file.slice('public'.length)] };
  if (!file.startsWith(`${CONTENT_DIR}/`)) return { kind: 'none' };

  const inContent = file.slice(CONTENT_DIR.length + 1);
  if (SEARCH_FILES[file]) return { kind: 'pages', pages: [SEARCH_FILES[file]] };
  for (const [name, { files }] of Object.entries(COLLECTIONS)) {
    if ('file' in files) {
      if (files.file !== inContent) continue;
      if (isPaged(name)) return { kind: 'pages', pages: idsOf(file).flatMap((id) => inLanguages(ENTRY_PAGES[name](id), langs)) };
      const page = (FILE_PAGES as Record<string, string>)[name];
      return page ? { kind: 'pages', pages: [page] } : { kind: 'none' };
    }
    const match = inContent.match(/^([^/]+)\/([^/]+)\.([^./]+)$/);
    if (!match || match[1] !== files.folder || !(files.extensions as readonly string[]).includes(match[3]!)) continue;
    const id = match[2]!;
    if (name === 'traductions') return isLang(id) && id !== DEFAULT_LANG ? { kind: 'language', lang: id } : { kind: 'none' };
    return isPaged(name) ? { kind: 'pages', pages: inLanguages(ENTRY_PAGES[name](id), langs) } : { kind: 'none' };
  }
  return { kind: 'none' };
}

export interface SummaryOptions {
  /** The address the built site is published at (a merge request's Pages), to link each page; none for an archive. */
  url?: string | undefined;
  /** Whether a page or file of the list is in the build: a page the change removes is not. */
  isBuilt?: (path: string) => boolean;
}

const code = (text: string) => `\`${text}\``;

/** The job summary, in Markdown, in French: the coordinator reads it. */
export function summary(files: readonly string[], context: Context, { url, isBuilt = () => true }: SummaryOptions = {}): string {
  const link = (path: string) => {
    const shown = isBuilt(path) ? path : `${path} (retirée)`;
    return url && isBuilt(path) ? `[${shown}](${new URL(path.slice(1), url.endsWith('/') ? url : `${url}/`).href})` : code(shown);
  };
  const effects = files.map((file) => ({ file, effect: effectOf(file, context) }));
  const site = effects.filter(({ effect }) => effect.kind === 'site');
  const lines = ['### Pages que cette demande modifie', ''];
  if (site.length > 0) {
    lines.push(`**Toutes les pages** peuvent changer : le code du site change (${site.map(({ file }) => code(file)).join(', ')}).`, '');
  }
  const listed = effects.flatMap(({ file, effect }) => {
    if (effect.kind === 'pages' && effect.pages.length > 0) {
      const [first, ...others] = effect.pages;
      const translations = others.length > 0 ? ` ; traductions : ${others.map(link).join(', ')}` : '';
      return [`- ${code(file)} : ${link(first!)}${translations}`];
    }
    if (effect.kind === 'language')
      return [`- ${code(file)} : toutes les pages en ${LANGUAGES[effect.lang].name} (${link(`/${effect.lang}/`)} et la suite)`];
    return [];
  });
  if (listed.length > 0) {
    lines.push(
      'Les pages faites à partir des fichiers modifiés (les listes, la carte et la recherche qui les reprennent changent aussi) :',
      '',
      ...listed,
    );
  } else if (site.length === 0) {
    lines.push('Aucune page publiée ne change : les fichiers modifiés ne sont ni du contenu ni le code du site.');
  }
  return `${lines.join('\n')}\n`;
}
