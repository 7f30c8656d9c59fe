/**
 * Links to the forge where the content is edited (GitHub, or a GitLab such as
 * La Forge des communs numériques éducatifs): a new issue, pre-filled for one page,
 * and a page's content file opened in the forge's editor.
 * The issue templates live in .github/ISSUE_TEMPLATE and .gitlab/issue_templates.
 */
import { href } from './paths.ts';

/** A repository on a forge: `url` is its web address, `https://github.com/org/depot`. */
export interface Forge {
  type: 'github' | 'gitlab';
  url: string;
  /** The branch the site is published from, where « Modifier cette page » opens the files: `main` when not given. */
  branch?: string;
}

/** The branch of a forge that names none. */
export const DEFAULT_BRANCH = 'main';

/** The page an error is reported on: its title and its full address. */
export interface ReportedPage {
  title: string;
  url: string;
}

/** File names (without extension) of the templates, the same on both forges. */
export const TEMPLATES = {
  signaler: 'signaler-une-erreur',
  proposer: 'proposer-une-action',
} as const;

/** Where people without a forge account, or any forge at all, are told how to report. */
export const REPORT_FALLBACK = '/contribuer/#signaler';

const query = (params: Record<string, string>) =>
  Object.entries(params)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');

const base = (forge: Forge) => forge.url.replace(/\/+$/, '');

/** The issue's title, the same on both forges. */
export function reportTitle(page: ReportedPage): string {
  return `Erreur sur la page « ${page.title} »`;
}

/** A new issue from one of the templates, empty: for the « Contribuer » page. */
export function newIssueUrl(forge: Forge, template: keyof typeof TEMPLATES): string {
  const name = TEMPLATES[template];
  return forge.type === 'github'
    ? `${base(forge)}/issues/new?${query({ template: `${name}.yml` })}`
    : `${base(forge)}/-/issues/new?${query({ issuable_template: name })}`;
}

/**
 * A new « Signaler une erreur » issue that already names the page. GitHub issue
 * forms take a field's value from the query by its `id` (here `page`); GitLab
 * takes the whole description, so it repeats the template's headings.
 * Without a forge, the « Contribuer » page says whom to tell.
 */
export function reportErrorUrl(forge: Forge | undefined, page: ReportedPage): string {
  if (!forge) return href(REPORT_FALLBACK);
  const title = reportTitle(page);
  if (forge.type === 'github') {
    return `${base(forge)}/issues/new?${query({ template: `${TEMPLATES.signaler}.yml`, title, page: page.url })}`;
  }
  const description = [
    '## Adresse de la page',
    '',
    `${page.url} (${page.title})`,
    '',
    '## Ce qui est faux',
    '',
    '',
    '## La bonne information et sa source',
    '',
  ].join('\n');
  return `${base(forge)}/-/issues/new?${query({
    issuable_template: TEMPLATES.signaler,
    'issue[title]': title,
    'issue[description]': description,
  })}`;
}

/**
 * « Modifier cette page »: the page's content file (`content/dispositifs/x.md`) in the
 * forge's web editor, on the published branch. The forge then offers to save the change
 * as a pull or merge request (on a fork for whoever may not write to the repository).
 * Without a forge, there is nothing to open.
 */
export function editUrl(forge: Forge | undefined, file: string): string | undefined {
  if (!forge) return undefined;
  const branch = forge.branch ?? DEFAULT_BRANCH;
  const path = file.split('/').map(encodeURIComponent).join('/');
  return forge.type === 'github' ? `${base(forge)}/edit/${branch}/${path}` : `${base(forge)}/-/edit/${branch}/${path}`;
}
