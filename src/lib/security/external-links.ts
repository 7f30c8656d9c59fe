/** Which links leave the site, and the `rel` they carry (contributed HTML is checked by src/integrations/content-check/html-rules.ts). */

/** The `rel` that an external link carries. */
export const EXTERNAL_REL = ['noopener', 'noreferrer'] as const;

/** True when `href` leads to another host than `site` (http, https or protocol-relative). */
export function isExternalHref(href: string, site: string | URL): boolean {
  let url: URL;
  try {
    url = new URL(href.trim(), site);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== new URL(site).host;
}

/** `rel` with noopener and noreferrer added, keeping what was there. */
export function withExternalRel(rel: unknown): string[] {
  const current = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/).filter(Boolean) : [];
  return [...new Set([...current, ...EXTERNAL_REL])];
}
