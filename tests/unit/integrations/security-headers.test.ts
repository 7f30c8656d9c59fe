import { describe, expect, it } from 'vitest';
import { headersFile, type HeadersOptions } from '../../../src/integrations/security-headers.ts';

const site = "default-src 'self'; style-src 'self'";
const editor = "default-src 'self'; connect-src 'self' https://api.github.com; style-src-elem 'self' 'unsafe-inline'";
const options: HeadersOptions = { sitePolicy: site, ownPolicy: ['/admin/'], headerOnly: ["frame-ancestors 'none'"] };

/** The rules of a `_headers` text: path → its header lines. */
const rulesOf = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n\n')
      .map((block) => {
        const [path, ...headers] = block.split('\n').map((line) => line.trim());
        return [path!, headers];
      }),
  );

describe('_headers', () => {
  const text = headersFile(
    [
      { path: '/', policy: site },
      { path: '/404.html', policy: site },
      { path: '/fiches/gpds/', policy: site },
      { path: '/fiches/', policy: site },
      { path: '/admin/', policy: editor },
    ],
    options,
  );
  const rules = rulesOf(text);

  it('gives every path one policy rule, the editor its own, and /* only what is the same everywhere', () => {
    expect(Object.keys(rules)).toEqual(['/*', '/', '/404.html', '/admin/*', '/fiches/*']);
    expect(rules['/*']!.some((h) => h.startsWith('Content-Security-Policy'))).toBe(false);
    for (const path of ['/', '/404.html', '/fiches/*'])
      expect(rules[path]).toEqual([`Content-Security-Policy: ${site}; frame-ancestors 'none'`]);
    expect(rules['/admin/*']).toEqual([`Content-Security-Policy: ${editor}; frame-ancestors 'none'`]);
  });

  it('refuses a page outside the editor whose policy is not the site’s', () => {
    expect(() =>
      headersFile(
        [
          { path: '/fiches/gpds/', policy: site },
          { path: '/carte/', policy: `${site}; connect-src https://ailleurs.example` },
        ],
        options,
      ),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: security-headers : chaque page doit porter la politique de sécurité de son dossier (dist/_headers en donne une par dossier).
      /carte/ : sa politique n’est pas celle du site (src/lib/security/csp.ts SITE_POLICY) ; écrivez-la avec SITE_POLICY.]
    `);
  });

  it('refuses two policies in the editor’s folder, which has one rule', () => {
    expect(() =>
      headersFile(
        [
          { path: '/admin/', policy: editor },
          { path: '/admin/aide/', policy: site },
        ],
        options,
      ),
    ).toThrow('/admin/aide/ : sa politique diffère de celle de /admin/, du même dossier /admin/*.');
  });

  it('gives the e-mail versions their own policy, in a rule per shape of address where they are, none matching another’s pages', () => {
    const email = "default-src 'none'; style-src 'unsafe-inline'";
    const rules = rulesOf(
      headersFile(
        [
          { path: '/fiches/gpds/', policy: site },
          { path: '/semaine/', policy: site },
          { path: '/semaine/2031/', policy: site },
          { path: '/semaine/bulletins/2031-02-03-bordeaux/', policy: site },
          { path: '/semaine/bulletins/2031-02-03-bordeaux/courriel.html', policy: email },
          { path: '/semaine/bulletins/2031-02-04-bordeaux/courriel.html', policy: email },
        ],
        { ...options, filePolicies: { 'courriel.html': email } },
      ),
    );
    expect(Object.keys(rules)).toEqual([
      '/*',
      '/fiches/*',
      '/semaine/',
      '/semaine/:p1/',
      '/semaine/:p1/:p2/',
      '/semaine/:p1/:p2/courriel.html',
    ]);
    expect(rules['/semaine/:p1/:p2/courriel.html']).toEqual([`Content-Security-Policy: ${email}; frame-ancestors 'none'`]);
    for (const path of ['/semaine/', '/semaine/:p1/', '/semaine/:p1/:p2/'])
      expect(rules[path]).toEqual([`Content-Security-Policy: ${site}; frame-ancestors 'none'`]);
  });

  it('refuses an e-mail version whose policy is not theirs', () => {
    expect(() =>
      headersFile([{ path: '/semaine/bulletins/x/courriel.html', policy: site }], {
        ...options,
        filePolicies: { 'courriel.html': 'autre' },
      }),
    ).toThrow(
      '/semaine/bulletins/x/courriel.html : sa politique n’est pas celle des fichiers « courriel.html » (src/lib/security/csp.ts).',
    );
  });

  it('refuses a line that Cloudflare Pages would ignore', () => {
    const long = `${site}; img-src ${'https://a.example '.repeat(120)}`;
    expect(() => headersFile([{ path: '/admin/', policy: long }], options)).toThrow('dépasse 2000 caractères');
  });
});
