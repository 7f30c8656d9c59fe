/**
 * The lettres de la MLDS: on the real build (none published yet), then on the
 * fixture site of the Semaine, which adds three synthetic issues of two académies
 * (tests/fixtures/sites/semaine/content/lettres/).
 *
 * With no lettre, the feed of all lettres is published, valid and empty (a reader can
 * subscribe before the first issue, as for the bulletins); an académie gets its own
 * feed with its first issue, and no page advertises a feed that does not exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSoundPages, page, text } from '../helpers/fixture-pages.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';
import { DIST } from '../helpers/paths.ts';

const feeds = (root: HTMLElement) =>
  root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((l) => [l.getAttribute('title'), l.getAttribute('href')]);

function rss(dist: string, file: string) {
  const xml = readFileSync(join(dist, 'lettres', file), 'utf8');
  // XMLValidator is deprecated in fast-xml-parser 5 (moved to fast-xml-validator) but still checks well-formedness.
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  expect(feed.rss['@_version']).toBe('2.0');
  return {
    channel: feed.rss.channel,
    items: [feed.rss.channel.item ?? []].flat() as { title: string; link: string; pubDate: string; description: string }[],
  };
}

describe('the lettres, with none published (the real content)', () => {
  it('says plainly that none is published, and how a coordinator publishes one', () => {
    const root = page(DIST, 'lettres');
    expect(text(root.querySelector('h1'))).toBe('Lettres de la MLDS');
    expect(text(root.querySelector('[data-empty="aucune-lettre"]'))).toBe('Aucune lettre publiée pour l’instant.');
    expect(text(root.querySelector('.lead'))).not.toMatch(/du plus récent/);
    expect(text(root.querySelector('main'))).toMatch(/npm run nouveau -- lettre/);
    expect(root.querySelector('main a[href="/contribuer/"]')).not.toBeNull();
    expect(root.querySelectorAll('main section')).toHaveLength(0);
  });

  it('publishes only the feed of all lettres, valid and empty, and advertises only that one', () => {
    expect(readdirSync(join(DIST, 'lettres')).sort()).toEqual(['index.html', 'lettres.xml']);
    const { channel, items } = rss(DIST, 'lettres.xml');
    expect(channel.title).toBe('Lettres de la MLDS');
    expect(channel.link).toBe('http://localhost:4321/lettres/');
    expect(items).toEqual([]);
    expect(feeds(page(DIST, 'lettres'))).toEqual([['Lettres de la MLDS', '/lettres/lettres.xml']]);
  });

  it('shows no lettre on the home page nor on the académies’ pages, and offers them no feed', () => {
    for (const path of ['', 'academies/bordeaux', 'academies/limoges', 'academies/poitiers']) {
      const root = page(DIST, path);
      expect(root.querySelector('.latest-lettre'), path).toBeNull();
      expect(root.querySelector('#lettre'), path).toBeNull();
      expect(
        feeds(root).filter(([, href]) => href?.startsWith('/lettres/')),
        path,
      ).toEqual([]);
    }
  });

  it('is in the site map', () => {
    expect(page(DIST, 'plan-du-site').querySelector('main a[href="/lettres/"]')).not.toBeNull();
  });
});

describe('the lettres, with three issues of two académies (fixture site)', () => {
  let site: FixtureSite;
  beforeAll(() => {
    site = buildFixtureSite('lettres', { files: readFixtureFiles('semaine') });
  });
  afterAll(() => site?.cleanUp());

  const premiere = '/lettres/bordeaux-2031-01-15-la-semaine-approche/';
  const deuxieme = '/lettres/bordeaux-2031-03-02-apres-la-semaine/';
  const limoges = '/lettres/limoges-2031-02-20-la-lettre-de-limoges/';

  it('lists every issue by académie, the latest first, with the feeds of each', () => {
    const root = page(site.dist, 'lettres');
    expect(root.querySelector('[data-empty]')).toBeNull();
    expect(text(root.querySelector('.lead'))).toMatch(/académie par académie, du plus récent au plus ancien\.$/);
    const sections = root.querySelectorAll('main section');
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual(['Académie de Bordeaux', 'Académie de Limoges']);
    expect(sections.map((s) => s.querySelectorAll('.card a').map((a) => [text(a), a.getAttribute('href')]))).toEqual([
      [
        ['n° 2 — Après la Semaine', deuxieme],
        ['n° 1 — La Semaine approche', premiere],
      ],
      [['La lettre de Limoges', limoges]],
    ]);
    expect(sections[0]!.querySelectorAll('time').map((t) => t.getAttribute('datetime'))).toEqual(['2031-03-02', '2031-01-15']);
    expect(feeds(root)).toEqual([
      ['Lettres de la MLDS', '/lettres/lettres.xml'],
      ['Lettre de la MLDS — Académie de Bordeaux', '/lettres/bordeaux.xml'],
      ['Lettre de la MLDS — Académie de Limoges', '/lettres/limoges.xml'],
    ]);
    expect(sections.map((s) => s.querySelector('.subscribe a')?.getAttribute('href'))).toEqual([
      '/lettres/bordeaux.xml',
      '/lettres/limoges.xml',
    ]);
  });

  it('has a page per issue: number, date, académie, editorial, and each item with its title linked and its line', () => {
    const root = page(site.dist, premiere.slice(1, -1));
    expect(text(root.querySelector('title'))).toBe(
      'La Semaine approche — lettre de la MLDS n° 1, Académie de Bordeaux — Persévérance scolaire',
    );
    expect(text(root.querySelector('.kicker'))).toBe('Lettre de la MLDS · Académie de Bordeaux · n° 1');
    expect(text(root.querySelector('h1'))).toBe('La Semaine approche');
    expect(root.querySelector('article header time')?.getAttribute('datetime')).toBe('2031-01-15');
    expect(text(root.querySelector('.prose'))).toMatch(/^Le mot de la MLDS/);
    const sections = root.querySelectorAll('article section');
    expect(sections.map((s) => text(s.querySelector('h2')))).toEqual([
      'La Semaine 2031',
      'Des actions à faire connaître',
      'À lire',
      'À noter',
    ]);
    const items = sections.map((s) =>
      s.querySelectorAll('li').map((li) => ({
        kind: li.getAttribute('data-kind'),
        href: li.querySelector('a')?.getAttribute('href'),
        line: text(li.querySelector('.small')),
        texte: text(li.querySelector('p')),
      })),
    );
    expect(items[0]).toEqual([
      {
        kind: 'edition',
        href: '/semaine/2031/',
        line: '— Du 3 février 2031 au 7 février 2031 — « Tenir bon, ensemble »',
        texte: 'Préparez dès maintenant les actions de vos établissements.',
      },
    ]);
    expect(items[1]).toEqual([
      {
        kind: 'action',
        href: '/semaine/actions/journee-fictive-perigueux/',
        line: '— Collège fictif, Périgueux — Dordogne (24)',
        texte: 'Une journée à reprendre dans vos établissements.',
      },
      {
        kind: 'action',
        href: '/semaine/actions/maps-lescar/',
        line: '— Collège Simin Palay, Lescar — Pyrénées-Atlantiques (64)',
        texte: '',
      },
    ]);
    expect(items[2]!.map(({ kind, href }) => [kind, href])).toEqual([
      ['fiche', '/fiches/gpds/'],
      ['ressource', '/ressources/circulaire-2011-028/'],
      ['dispositif', '/dispositifs/micro-lycee-talence/'],
    ]);
    expect(items[2]![0]!.line).toMatch(/^— Dans chaque établissement, un groupe de personnels repère/);
    expect(items[2]!.slice(1).map((i) => i.line)).toEqual(['— Texte officiel', '— Talence']);
    expect(items[3]).toEqual([
      { kind: 'libre', href: 'https://www.ac-bordeaux.fr/', line: '', texte: 'Le 28 janvier, au rectorat.' },
      { kind: 'libre', href: undefined, line: '', texte: 'Racontez-nous une action qui a fait revenir un élève.' },
    ]);
    expect(text(sections[3]!.querySelectorAll('li')[1]!.querySelector('strong'))).toBe('Appel à témoignages');
    expect(root.querySelector('.source-note time')?.getAttribute('datetime')).toBe('2031-01-15');
    expect(feeds(root)).toEqual([
      ['Lettres de la MLDS', '/lettres/lettres.xml'],
      ['Lettre de la MLDS — Académie de Bordeaux', '/lettres/bordeaux.xml'],
    ]);
    expect(root.querySelector('[data-pagefind-filter="genre"]')?.text).toBe('Lettre de la MLDS');
  });

  it('names an issue without a number by its date', () => {
    const root = page(site.dist, limoges.slice(1, -1));
    expect(text(root.querySelector('title'))).toBe(
      'La lettre de Limoges — lettre de la MLDS du 20 février 2031, Académie de Limoges — Persévérance scolaire',
    );
    expect(text(root.querySelector('.kicker'))).toBe('Lettre de la MLDS · Académie de Limoges');
  });

  it('puts the issues in a feed for all and one per académie that has published, the latest first', () => {
    expect(rss(site.dist, 'lettres.xml').items.map((i) => i.link)).toEqual(
      [deuxieme, limoges, premiere].map((path) => `http://localhost:4321${path}`),
    );
    const { channel, items } = rss(site.dist, 'bordeaux.xml');
    expect(channel.title).toBe('Lettre de la MLDS — Académie de Bordeaux');
    expect(items.map((i) => [i.title, new Date(i.pubDate).toISOString()])).toEqual([
      ['Après la Semaine — lettre de la MLDS n°\u00a02, Académie de Bordeaux', '2031-03-02T00:00:00.000Z'],
      ['La Semaine approche — lettre de la MLDS n°\u00a01, Académie de Bordeaux', '2031-01-15T00:00:00.000Z'],
    ]);
    expect(items[1]!.description).toBe(
      'Académie de Bordeaux, lettre n°\u00a01. Au sommaire : La Semaine 2031, Des actions à faire connaître, À lire, À noter.',
    );
    expect(rss(site.dist, 'limoges.xml').items.map((i) => i.description)).toEqual([
      'Académie de Limoges, lettre du 20 février 2031. Au sommaire : À lire.',
    ]);
    expect(existsSync(join(site.dist, 'lettres/poitiers.xml'))).toBe(false);
  });

  it('shows the latest issue on the home page, and each académie’s latest on its page', () => {
    const home = page(site.dist, '').querySelector('.latest-lettre');
    expect(text(home)).toBe(
      'Dernière lettre de la MLDS, Académie de Bordeaux : n° 2 — Après la Semaine (2 mars 2031). Toutes les lettres de la MLDS',
    );
    expect(home?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([deuxieme, '/lettres/']);

    const bordeaux = page(site.dist, 'academies/bordeaux');
    expect(text(bordeaux.querySelector('#lettre'))).toBe('Lettre de la MLDS');
    expect(bordeaux.querySelectorAll('.latest-lettre a').map((a) => a.getAttribute('href'))).toEqual([
      deuxieme,
      '/lettres/#bordeaux',
      '/lettres/bordeaux.xml',
    ]);
    expect(feeds(bordeaux)).toEqual([['Lettre de la MLDS — Académie de Bordeaux', '/lettres/bordeaux.xml']]);
    expect(page(site.dist, 'academies/limoges').querySelector('.latest-lettre a')?.getAttribute('href')).toBe(limoges);
    const poitiers = page(site.dist, 'academies/poitiers');
    expect(poitiers.querySelector('.latest-lettre')).toBeNull();
    expect(feeds(poitiers)).toEqual([]);
  });

  it('links only to pages and files that exist, with one h1 and a title of its own per page', () => {
    const paths = ['lettres', premiere, deuxieme, limoges, 'plan-du-site'].map((p) => p.replace(/^\/|\/$/g, ''));
    expectSoundPages(site.dist, paths, { script: false });
    expect(page(site.dist, 'plan-du-site').querySelectorAll(`main a[href^="/lettres/"]`)).toHaveLength(4);
  });
});
