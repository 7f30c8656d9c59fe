/**
 * The layouts write the Content-Security-Policy of each page in a `<meta>`
 * (src/lib/security/csp.ts; the editor's page allows more). Hosts that read a `_headers`
 * file (Netlify, Cloudflare Pages) also get it as a real header, which can carry
 * what a `<meta>` cannot: `frame-ancestors` (no framing of the site).
 *
 * Each page must get its own policy and no other. Cloudflare Pages applies every
 * rule whose path matches a request and joins a header that two of them set with
 * a comma; Netlify documents no order between `/*` and a narrower path that both
 * set a header, and its parser drops Cloudflare's `! Header` (detach) line as
 * unknown. For Content-Security-Policy a comma means two policies, both enforced:
 * a `/*` policy plus an `/admin/*` one would hold the editor to the site's policy,
 * and a union of both (what was written here before) gave every page the
 * editor's relaxations. So no page matches two policy rules: `/*` carries only the
 * headers that are the same everywhere, and the policy goes in one rule per
 * top-level folder (`/fiches/*`, `/admin/*`) and per top-level page (`/`,
 * `/404.html`), which both hosts read alike. An address of no folder (a 404)
 * gets no policy header, only the `<meta>` of the 404 page and `X-Frame-Options`.
 *
 * The e-mail versions (`…/courriel.html`, issue #16) carry their styles inline, as
 * mail programs need them, and have a policy of their own (EMAIL_POLICY). They sit
 * next to their page, inside a folder of the site's policy, and `/semaine/*` would
 * cover them too. So a folder that holds one gets a rule per shape of address
 * instead, with a placeholder for each folder name, which both hosts read as one
 * path segment (`:p1`: Cloudflare Pages' placeholders, Netlify's too):
 * `/semaine/`, `/semaine/:p1/`, `/semaine/:p1/:p2/`, and
 * `/semaine/:p1/:p2/courriel.html`, none of which matches another's pages.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EMAIL_FILES } from '../lib/paths.ts';
import { EMAIL_POLICY, SITE_POLICY } from '../lib/security/csp.ts';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** Cloudflare Pages reads at most 100 rules and lines of 2,000 characters, and ignores the rest. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

/** Headers that are the same on every path, the editor's included. */
const EVERYWHERE = [
  'X-Content-Type-Options: nosniff',
  'Referrer-Policy: strict-origin-when-cross-origin',
  'Permissions-Policy: camera=(), microphone=(), payment=()',
  // Where no policy rule applies (the 404 page served at an address of no folder), still no framing.
  'X-Frame-Options: DENY',
];

export interface PagePolicy {
  /** The page's address in the built site: « / », « /fiches/gpds/ », « /404.html ». */
  path: string;
  policy: string;
}

export interface HeadersOptions {
  /** The policy of every page (src/lib/security/csp.ts). */
  sitePolicy: string;
  /** Folders whose pages share a policy of their own: the editor's, « /admin/ ». */
  ownPolicy: readonly string[];
  /** Directives a `<meta>` cannot carry, added to every policy. */
  headerOnly: readonly string[];
  /** Files with a policy of their own wherever they are, by name: the e-mail versions, « courriel.html ». */
  filePolicies?: Readonly<Record<string, string>>;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const topFolder = (path: string) => /^\/[^/]+\//.exec(path)?.[0];

/** « /semaine/bulletins/x/courriel.html » → « /semaine/:p1/:p2/courriel.html »: each folder under the top one a placeholder. */
function shapeOf(path: string): string {
  const segments = path.split('/');
  return segments.map((segment, i) => (i >= 2 && i < segments.length - 1 ? `:p${i - 1}` : segment)).join('/');
}

/** The text of `_headers`; throws, in French, when a page's policy is not the one its folder allows. */
export function headersFile(
  pages: readonly PagePolicy[],
  { sitePolicy, ownPolicy, headerOnly, filePolicies = {} }: HeadersOptions,
): string {
  // Folders that hold a file with a policy of its own get a rule per shape of address, not one for the folder.
  const shaped = new Set(pages.filter(({ path }) => fileName(path) in filePolicies).map(({ path }) => topFolder(path)));
  /** The rule path that covers a page: its top-level folder, or its shape there, or the page itself at the top. */
  const rulePath = (path: string) => {
    const folder = topFolder(path);
    if (!folder) return path;
    return shaped.has(folder) ? shapeOf(path) : `${folder}*`;
  };
  const policies = new Map<string, { policy: string; page: string }>();
  const errors: string[] = [];
  for (const { path, policy } of [...pages].sort((a, b) => a.path.localeCompare(b.path))) {
    const rule = rulePath(path);
    const own = ownPolicy.some((folder) => `${folder}*` === rule);
    const expected = filePolicies[fileName(path)];
    if (expected !== undefined && policy !== expected)
      errors.push(`${path} : sa politique n’est pas celle des fichiers « ${fileName(path)} » (src/lib/security/csp.ts).`);
    else if (expected === undefined && !own && policy !== sitePolicy)
      errors.push(`${path} : sa politique n’est pas celle du site (src/lib/security/csp.ts SITE_POLICY) ; écrivez-la avec SITE_POLICY.`);
    const first = policies.get(rule);
    if (!first) policies.set(rule, { policy, page: path });
    else if (first.policy !== policy) errors.push(`${path} : sa politique diffère de celle de ${first.page}, du même dossier ${rule}.`);
  }
  if (errors.length > 0)
    throw new Error(
      `security-headers : chaque page doit porter la politique de sécurité de son dossier (dist/_headers en donne une par dossier).\n${errors.join('\n')}`,
    );
  const rules = [
    ['/*', ...EVERYWHERE],
    ...[...policies].map(([rule, { policy }]) => [rule, `Content-Security-Policy: ${[policy, ...headerOnly].join('; ')}`]),
  ];
  if (rules.length > MAX_RULES)
    throw new Error(`security-headers : ${rules.length} règles dans _headers, Cloudflare Pages n’en lit que ${MAX_RULES}.`);
  const long = rules.flat().find((line) => line.length + 2 > MAX_LINE);
  if (long) throw new Error(`security-headers : une ligne de _headers dépasse ${MAX_LINE} caractères : ${long.slice(0, 80)}…`);
  return rules.map(([path, ...headers]) => [path, ...headers.map((h) => `  ${h}`)].join('\n')).join('\n\n') + '\n';
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/**
 * One string per distinct policy (a site has two or three): a policy matched in a
 * page is a slice of that page's text, and V8 keeps the whole text alive as long
 * as the slice lives. Kept for every page, those slices held 16 KB each until the
 * end of the build: 300 MB at 24,000 pages (docs/benchmarks.md).
 */
function sharedPolicy(policies: Map<string, string>, attribute: string): string {
  let policy = policies.get(attribute);
  if (policy === undefined) {
    policy = Buffer.from(attribute).toString().replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    policies.set(Buffer.from(attribute).toString(), policy);
  }
  return policy;
}

/**
 * The page's policy. Astro writes it near the top of `<head>`: the first 16 KB
 * are read, not the whole page (thousands of pages on a large site).
 */
function policyOf(file: string, policies: Map<string, string>): string | undefined {
  const head = Buffer.alloc(16 * 1024);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const attribute = (META.exec(head.toString('utf8', 0, length)) ?? META.exec(readFileSync(file, 'utf8')))?.[1];
  return attribute === undefined ? undefined : sharedPolicy(policies, attribute);
}

/** « dist/fiches/gpds/index.html » → « /fiches/gpds/ ». */
const pagePath = (root: string, file: string) =>
  '/' +
  relative(root, file)
    .split(sep)
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1');

export default function securityHeaders({
  ownPolicy = ['/admin/'],
  headerOnly = ["frame-ancestors 'none'"],
  filePolicies = { [EMAIL_FILES.html]: EMAIL_POLICY },
}: Partial<Omit<HeadersOptions, 'sitePolicy'>> = {}): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = new Map<string, string>();
        const pages = htmlFiles(root).map((file) => ({ path: pagePath(root, file), policy: policyOf(file, policies) }));
        const missing = pages.filter((page) => page.policy === undefined).map((page) => page.path);
        if (missing.length > 0)
          throw new Error(
            `security-headers : ces pages ne portent pas de Content-Security-Policy (src/layouts/Base.astro l’écrit-il encore ?) : ${missing.join(', ')}`,
          );
        const file = headersFile(pages as PagePolicy[], { sitePolicy: SITE_POLICY, ownPolicy, headerOnly, filePolicies });
        writeFileSync(join(root, '_headers'), file);
        logger.info(`_headers écrit (${pages.length} pages)`);
      },
    },
  };
}
