/**
 * « Modifier cette page » (issue #16): with a forge in src/site.config.ts, every page
 * made from a content file links to that file in the forge's editor, translated pages
 * to the French file they translate; without a forge (the real build), no page does.
 * Fixture: the Semaine's synthetic edition 2031 over the real content, and a GitLab
 * forge publishing from a branch named « production ».
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { load } from 'js-yaml';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';

const FORGE = "{ type: 'gitlab', url: 'https://forge.example/groupe/depot', branch: 'production' }";
const EDITOR = 'https://forge.example/groupe/depot/-/edit/production/';

/** The page each content file makes, written out here rather than taken from src/lib/content-pages.ts. */
const PAGE_OF_FOLDER: Record<string, (id: string) => string> = {
  dispositifs: (id) => `/dispositifs/${id}/`,
  etablissements: (id) => `/etablissements/${id}/`,
  fiches: (id) => `/fiches/${id}/`,
  ressources: (id) => `/ressources/${id}/`,
  actions: (id) => `/semaine/actions/${id}/`,
  bulletins: (id) => `/semaine/bulletins/${id}/`,
  editions: (id) => `/semaine/${id}/`,
  lettres: (id) => `/lettres/${id}/`,
};
/** Folders whose files make no page of their own. */
const NO_PAGE = ['traductions'];
/** The family pages, also published in each language of content/traductions/. */
const TRANSLATED = ['dispositifs', 'etablissements'];

let site: FixtureSite;
beforeAll(() => {
  site = buildFixtureSite('modifier-cette-page', {
    files: readFixtureFiles('semaine'),
    before: (root) => {
      const path = join(root, 'src/site.config.ts');
      const config = readFileSync(path, 'utf8');
      const withForge = config.replace(/forge: undefined as/, `forge: ${FORGE} as`);
      if (withForge === config) throw new Error('src/site.config.ts : `forge: undefined as` introuvable.');
      writeFileSync(path, withForge);
    },
  });
}, 180_000);
afterAll(() => site?.cleanUp());

/** Every content file of the fixture site and the pages it should make, translations included. */
function expectedPages(root: string): Map<string, string> {
  const content = join(root, 'content');
  const langs = readdirSync(join(content, 'traductions')).map((name) => name.replace(/\.yaml$/, ''));
  const expected = new Map<string, string>();
  for (const name of readdirSync(content)) {
    if (name.startsWith('.')) continue;
    if (statSync(join(content, name)).isDirectory()) {
      if (NO_PAGE.includes(name)) continue;
      const pageOf = PAGE_OF_FOLDER[name];
      expect(pageOf, `content/${name}/ : quelle page ses fichiers font-ils ?`).toBeDefined();
      // Not the .gitkeep of a folder still empty.
      for (const file of readdirSync(join(content, name)).filter((f) => !f.startsWith('.'))) {
        const page = pageOf!(file.replace(/\.[^.]+$/, ''));
        for (const prefix of ['', ...(TRANSLATED.includes(name) ? langs.map((lang) => `/${lang}`) : [])])
          expected.set(`${prefix}${page}`, `content/${name}/${file}`);
      }
    }
  }
  const academies = load(readFileSync(join(content, 'academies.yaml'), 'utf8')) as Record<string, unknown>;
  for (const id of Object.keys(academies)) expected.set(`/academies/${id}/`, 'content/academies.yaml');
  expected.set('/glossaire/', 'content/glossaire.yaml');
  expected.set('/sources/', 'content/sources.yaml');
  return expected;
}

const editLinks = (html: string) =>
  parse(html)
    .querySelectorAll('a')
    .filter((a) => a.getAttribute('href')?.includes('/-/edit/') || a.getAttribute('href')?.includes('/edit/'));

describe('« Modifier cette page » with a forge (fixture site on GitLab)', () => {
  it('is on every page made from a content file, and opens that file on the published branch', () => {
    const expected = expectedPages(site.root);
    expect(expected.size).toBeGreaterThan(100);
    expect([...expected.values()]).toEqual(
      expect.arrayContaining(['content/editions/2031.yaml', 'content/bulletins/2031-02-03-bordeaux.md']),
    );
    for (const [page, file] of expected) {
      const links = editLinks(readFileSync(join(site.dist, page, 'index.html'), 'utf8'));
      expect(
        links.map((a) => a.getAttribute('href')),
        page,
      ).toEqual([`${EDITOR}${file}`]);
      if (!/^\/(en|ar|uk|es|pt)\//.test(page)) expect(links[0]!.text.trim(), page).toBe('Modifier cette page');
    }
  });

  it('is in the page’s language on a translated page', () => {
    const [link] = editLinks(readFileSync(join(site.dist, 'en/dispositifs/micro-lycee-talence/index.html'), 'utf8'));
    expect(link?.text.trim()).toBe('Edit this page');
    expect(link?.getAttribute('href')).toBe(`${EDITOR}content/dispositifs/micro-lycee-talence.md`);
  });

  it('is on no other page: lists, the home page, the Semaine’s own page', () => {
    const expected = expectedPages(site.root);
    const others = builtPagesOf(site.dist).filter((path) => !expected.has(path));
    expect(others).toEqual(expect.arrayContaining(['/', '/dispositifs/', '/semaine/', '/carte/', '/en/']));
    for (const path of others) expect(editLinks(readFileSync(join(site.dist, path, 'index.html'), 'utf8')), path).toEqual([]);
  });
});

describe('« Modifier cette page » without a forge (the real build)', () => {
  it('is on no page', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter(({ html }) => editLinks(html).length > 0).map(({ path }) => path)).toEqual([]);
  });
});

/** The paths of a build's pages (« /fiches/gpds/ »), its 404 aside. */
function builtPagesOf(dist: string, dir = ''): string[] {
  return readdirSync(join(dist, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(dist, path)).isDirectory()) return builtPagesOf(dist, path);
    return name === 'index.html' ? [`/${dir.split(sep).join('/')}${dir ? '/' : ''}`] : [];
  });
}
