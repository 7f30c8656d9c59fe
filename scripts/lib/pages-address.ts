/**
 * Where GitLab Pages publishes a build: the site's origin and base path (SITE_URL and
 * BASE_PATH of astro.config.mjs), from `CI_PAGES_URL` and, for a merge request's preview,
 * the Pages `path_prefix` (« mr-12 »). Recent GitLab versions give CI_PAGES_URL with the
 * prefix, older ones without: both lead to the same address.
 */
export interface PagesAddress {
  /** The origin, « https://groupe.pages.example ». */
  site: string;
  /** The base path, with both slashes: « /depot/mr-12/ ». */
  base: string;
  /** The whole address of the site's home. */
  url: string;
}

export function pagesAddress(pagesUrl: string, prefix = ''): PagesAddress {
  const { origin, pathname } = new URL(pagesUrl);
  const path = pathname.replace(/\/+$/, '');
  const prefixed = prefix === '' || path.split('/').at(-1) === prefix ? path : `${path}/${prefix}`;
  return { site: origin, base: `${prefixed}/`, url: `${origin}${prefixed}/` };
}
