/**
 * The Semaine's pages and feeds: on the real build (no edition announced yet),
 * then on a fixture site with a synthetic edition 2031 (tests/fixtures/sites/semaine/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSoundPages, page, text } from '../helpers/fixture-pages.ts';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';
import { builtPages } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

function rssItems(dist: string) {
  const xml = readFileSync(join(dist, 'semaine/bulletins.xml'), 'utf8');
  // XMLValidator is deprecated in fast-xml-parser 5 (moved to fast-xml-validator) but still checks well-formedness.
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  return { feed, items: [feed.rss.channel.item ?? []].flat() as { title: string; link: string; pubDate: string }[] };
}

function icsEvents(dist: string) {
  const raw = readFileSync(join(dist, 'semaine/semaine.ics'), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(raw));
  return { raw, calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('the Semaine, with no edition announced (the real content)', () => {
  it('says the dates of the next edition are not announced yet', () => {
    const root = page(DIST, 'semaine');
    expect(text(root.querySelector('[data-empty="aucune-edition"]'))).toMatch(/dates de la prochaine édition ne sont pas encore annoncées/);
    expect(root.querySelector('main table')).toBeNull();
  });

  it('links its RSS feed, visibly and for feed readers, and no calendar', () => {
    const root = page(DIST, 'semaine');
    expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe('/semaine/bulletins.xml');
    expect(root.querySelector('link[type="text/calendar"]')).toBeNull();
    const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/semaine/bulletins.xml', '/semaine/archives/']));
    expect(links).not.toContain('/semaine/semaine.ics');
  });

  it('groups the actions by département and by theme', () => {
    const root = page(DIST, 'semaine');
    expect(text(root.querySelector('#actions-par-departement'))).toBe('Par département');
    expect(text(root.querySelector('#actions-par-theme'))).toBe('Par thème');
    expect(root.querySelectorAll('section[aria-labelledby="actions-par-departement"] h4').map(text)).toContain('Pyrénées-Atlantiques (64)');
  });

  it('has an archive page that says no edition is published', () => {
    expect(text(page(DIST, 'semaine/archives').querySelector('[data-empty="aucune-edition"]'))).toMatch(/Aucune édition/);
  });

  it('publishes an RSS feed without items', () => {
    const { feed, items } = rssItems(DIST);
    expect(feed.rss['@_version']).toBe('2.0');
    expect(feed.rss.channel.title).toMatch(/Semaine de la persévérance scolaire/);
    expect(items).toEqual([]);
  });

  it('offers no iCalendar file: a calendar needs at least one event (RFC 5545, §3.6), and no page links to one', () => {
    expect(existsSync(join(DIST, 'semaine/semaine.ics'))).toBe(false);
    const linking = builtPages().filter(({ root }) => root.querySelector('[href$="semaine.ics"]'));
    expect(linking.map(({ path }) => path)).toEqual([]);
  });
});

describe('the Semaine with an edition (fixture site: 2031, two académies, five days)', () => {
  let site: FixtureSite;
  beforeAll(() => {
    site = buildFixtureSite('semaine', { files: readFixtureFiles('semaine') });
  });
  afterAll(() => site?.cleanUp());

  it('shows the week as a table, a row per day, a column per académie', () => {
    const table = page(site.dist, 'semaine').querySelector('main table')!;
    expect(text(table.querySelector('caption'))).toMatch(/^Semaine 2031, du 3 février 2031 au 7 février 2031/);
    expect(table.querySelectorAll('thead th').map(text)).toEqual(['Jour', 'Académie de Bordeaux', 'Académie de Limoges']);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((r) => text(r.querySelector('th[scope="row"]')))).toEqual([
      'lundi 3 février jour 1',
      'mardi 4 février jour 2',
      'mercredi 5 février jour 3',
      'jeudi 6 février jour 4',
      'vendredi 7 février jour 5',
    ]);
    const links = rows.map((r) => r.querySelectorAll('td a').map((a) => [text(a), a.getAttribute('href')]));
    expect(links).toEqual([
      [['Dordogne, bulletin du 3 février 2031', '/semaine/bulletins/2031-02-03-bordeaux/']],
      [],
      [['Haute-Vienne, bulletin du 5 février 2031', '/semaine/bulletins/2031-02-05-limoges/']],
      [],
      [],
    ]);
  });

  it('has a page for the edition, with its calendar, bulletins and actions', () => {
    const root = page(site.dist, 'semaine/2031');
    expect(text(root.querySelector('h1'))).toBe('Semaine de la persévérance scolaire 2031');
    expect(root.querySelector('main table caption')).not.toBeNull();
    expect(root.querySelectorAll('section[aria-labelledby="bulletins"] a').map((a) => a.getAttribute('href'))).toEqual([
      '/semaine/bulletins/2031-02-03-bordeaux/',
      '/semaine/bulletins/2031-02-05-limoges/',
    ]);
    expect(root.querySelectorAll('section[aria-labelledby="actions"] a').map((a) => a.getAttribute('href'))).toContain(
      '/semaine/actions/journee-fictive-perigueux/',
    );
    expect(root.querySelectorAll('script')).toHaveLength(0);
  });

  it('links only to pages and files that exist, with one h1 and a title of its own per page', () => {
    const paths = [
      'semaine',
      'semaine/2031',
      'semaine/archives',
      'semaine/bulletins/2031-02-03-bordeaux',
      'semaine/bulletins/2031-02-05-limoges',
    ];
    expectSoundPages(site.dist, paths);
  });

  it('has the bulletin pages, and lists the edition in the archive', () => {
    expect(text(page(site.dist, 'semaine/bulletins/2031-02-03-bordeaux').querySelector('h1'))).toBe(
      'Bulletin du 3 février 2031 — Académie de Bordeaux',
    );
    expect(existsSync(join(site.dist, 'semaine/bulletins/2031-02-05-limoges/index.html'))).toBe(true);
    expect(page(site.dist, 'semaine/archives').querySelector('a[href="/semaine/2031/"]')).not.toBeNull();
  });

  it('shows a bulletin in the shape of the documents: a word on the Semaine, some actions, the zoom of the day, links', () => {
    const article = page(site.dist, 'semaine/bulletins/2031-02-03-bordeaux').querySelector('main article')!;
    expect(text(article.querySelector('.lead'))).toBe('À l’honneur : Dordogne');
    expect(text(article.querySelector('.prose'))).toMatch(
      /^Un jour, un territoire, une action : la Dordogne ouvre la Semaine fictive\. Toute la semaine/,
    );
    expect(article.querySelectorAll('h2').map(text)).toEqual([
      'Quelques actions de la région académique',
      'Zoom du jour',
      'Ressources en ligne',
    ]);
    // Each action from its own file: title and link, établissement, commune, département; the action phare first, and said so.
    const actions = article
      .querySelectorAll('section[aria-labelledby="actions"] li')
      .map((li) => [
        text(li.querySelector('strong')),
        text(li.querySelector('a')),
        li.querySelector('a')?.getAttribute('href'),
        text(li.querySelector('.bulletin-actions__place')),
      ]);
    expect(actions).toEqual([
      [
        'Action phare',
        'Journée fictive; portes ouvertes, tutorat et \\ « persévérance » à Périgueux',
        '/semaine/actions/journee-fictive-perigueux/',
        'Collège fictif, Périgueux — Dordogne (24)',
      ],
      [
        '',
        "Atelier fictif d'écriture et de confiance en soi",
        '/semaine/actions/atelier-fictif-pau/',
        'Lycée professionnel fictif des Gaves, Pau — Pyrénées-Atlantiques (64)',
      ],
      [
        '',
        "Module fictif d'accompagnement des élèves de seconde",
        '/semaine/actions/module-fictif-gueret/',
        'Collège fictif de la Creuse, Guéret — Creuse (23)',
      ],
      [
        '',
        'Concert fictif des élèves et de leurs parrains',
        '/semaine/actions/concert-fictif-niort/',
        'Lycée fictif du Marais, Niort — Deux-Sèvres (79)',
      ],
    ]);
    // The zoom: the fiche's title, linked, and its résumé, as the fiche's own page shows it.
    const zoom = article.querySelector('section[aria-labelledby="zoom"]')!;
    expect(text(zoom.querySelector('h3'))).toBe('Le référent décrochage scolaire');
    expect(zoom.querySelector('h3 a')?.getAttribute('href')).toBe('/fiches/referent-decrochage/');
    expect(text(zoom.querySelector('p'))).toBe(text(page(site.dist, 'fiches/referent-decrochage').querySelector('main .lead')));
    // An e-mail address is written out, not only behind its title.
    expect(
      article
        .querySelectorAll('section[aria-labelledby="ressources"] li')
        .map((li) => [text(li), li.querySelector('a')?.getAttribute('href')]),
    ).toEqual([
      ['Une vidéo fictive sur la persévérance scolaire', 'https://www.example.org/videos/perseverance-fictive'],
      ['Un dossier fictif sur la prévention du décrochage', 'https://www.example.org/dossiers/prevention-du-decrochage-fictive'],
      ['Écrire à la coordination fictive de la Semaine : semaine-fictive@example.org', 'mailto:semaine-fictive@example.org'],
    ]);
    expect(article.querySelector('.source-note')).not.toBeNull();
  });

  it('leaves out the parts a bulletin does not fill in', () => {
    const article = page(site.dist, 'semaine/bulletins/2031-02-05-limoges').querySelector('main article')!;
    expect(text(article.querySelector('.prose'))).toBe('Un jour, un territoire, une action : la Haute-Vienne à l’honneur.');
    expect(article.querySelectorAll('h2')).toHaveLength(0);
    expect(article.querySelector('.source-note')).not.toBeNull();
  });

  it('puts the bulletins in the RSS feed, the latest first, with their links', () => {
    const { items } = rssItems(site.dist);
    expect(items.map((i) => [i.title, i.link])).toEqual([
      ['Bulletin du 5 février 2031 — Académie de Limoges', 'http://localhost:4321/semaine/bulletins/2031-02-05-limoges/'],
      ['Bulletin du 3 février 2031 — Académie de Bordeaux', 'http://localhost:4321/semaine/bulletins/2031-02-03-bordeaux/'],
    ]);
    expect(new Date(items[0]!.pubDate).toISOString()).toBe('2031-02-05T00:00:00.000Z');
  });

  it('offers its iCalendar file, a valid one: the properties RFC 5545 requires, on the calendar and on each event', () => {
    const root = page(site.dist, 'semaine');
    expect(root.querySelector('link[rel="alternate"][type="text/calendar"]')?.getAttribute('href')).toBe('/semaine/semaine.ics');
    expect(root.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/semaine/semaine.ics');
    const { raw, calendar } = icsEvents(site.dist);
    expect(raw.startsWith('BEGIN:VCALENDAR\r\n') && raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // §3.6: VERSION and PRODID, once each, and at least one component.
    for (const name of ['version', 'prodid']) expect(calendar.getAllProperties(name), name).toHaveLength(1);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents.length).toBeGreaterThan(0);
    // §3.6.1: UID and DTSTAMP, once each, in UTC; DTSTART, which a METHOD-less calendar must have and every agenda needs to place the day.
    for (const vevent of vevents) {
      for (const name of ['uid', 'dtstamp', 'dtstart']) expect(vevent.getAllProperties(name), name).toHaveLength(1);
      expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    expect(new Set(vevents.map((v) => v.getFirstPropertyValue('uid'))).size).toBe(vevents.length);
  });

  it('puts each day of the Semaine and the dated action in the iCalendar file', () => {
    const { raw, events } = icsEvents(site.dist);
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const days = events.filter((e) => e.uid.startsWith('semaine-'));
    expect(days.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Semaine de la persévérance scolaire — jour 1', '2031-02-03', true],
      ['Semaine de la persévérance scolaire — jour 2', '2031-02-04', true],
      ['Semaine de la persévérance scolaire — jour 3', '2031-02-05', true],
      ['Semaine de la persévérance scolaire — jour 4', '2031-02-06', true],
      ['Semaine de la persévérance scolaire — jour 5', '2031-02-07', true],
    ]);
    expect(days.map((e) => e.uid)).toEqual([1, 2, 3, 4, 5].map((n) => `semaine-2031-jour-${n}@localhost`));
    expect(days[0]!.description).toMatch(/À l’honneur : Dordogne\./);
    const action = events.find((e) => e.uid === 'action-journee-fictive-perigueux@localhost')!;
    expect(action.summary).toBe('Journée fictive; portes ouvertes, tutorat et \\ « persévérance » à Périgueux');
    expect(action.location).toBe('Collège fictif, Périgueux');
    expect(action.startDate.toString()).toBe('2031-02-03');
    expect(action.endDate.toString()).toBe('2031-02-04');
  });
});
