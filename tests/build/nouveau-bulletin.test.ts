/**
 * The coordinator's path, end to end: a bulletin written by `npm run nouveau`
 * passes `npm run verifier`, builds, and appears in the edition's calendar, on its
 * own page, in the RSS feed and in the iCalendar file (both read with real parsers).
 * Synthetic edition (2031), in a copy of the project: content/ is untouched.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, readFixtureFiles, type FixtureSite } from '../helpers/fixture-site.ts';
import { ROOT } from '../helpers/paths.ts';

let site: FixtureSite;
let verifierOutput = '';

beforeAll(() => {
  site = buildFixtureSite('nouveau-bulletin', {
    files: { 'content/editions/2031.yaml': readFixtureFiles('semaine')['content/editions/2031.yaml']! },
    before: (root) => {
      const args = [
        'bulletin',
        '--date=2031-02-04',
        '--edition=2031',
        '--academie=bordeaux',
        '--departement=47',
        '--date_maj=2031-02-04',
        '--source=bulletin-semaine',
        `--racine=${root}`,
      ];
      execFileSync(process.execPath, [join(ROOT, 'scripts/nouveau.ts'), ...args], { stdio: 'pipe' });
      verifierOutput = execFileSync(process.execPath, [join(ROOT, 'scripts/verifier.ts')], { cwd: root, encoding: 'utf8' });
    },
  });
}, 180_000);
afterAll(() => site?.cleanUp());

const read = (path: string) => readFileSync(join(site.dist, path), 'utf8');

describe('a bulletin written with npm run nouveau', () => {
  it('passes the verifier', () => {
    expect(verifierOutput).toMatch(/^Contenu valide/);
  });

  it('appears in its edition’s calendar and has its own page', () => {
    const calendar = parse(read('semaine/2031/index.html'));
    const links = calendar.querySelectorAll('table a').map((a) => a.getAttribute('href'));
    expect(links).toContain('/semaine/bulletins/2031-02-04-bordeaux/');
    expect(parse(read('semaine/bulletins/2031-02-04-bordeaux/index.html')).querySelector('h1')?.text).toContain('4 février 2031');
  });

  it('is in the RSS feed', () => {
    const feed = new XMLParser().parse(read('semaine/bulletins.xml'));
    const items = [feed.rss.channel.item].flat();
    expect(items.map((item: { link: string }) => new URL(item.link).pathname)).toContain('/semaine/bulletins/2031-02-04-bordeaux/');
  });

  it('is in the iCalendar file, on its day', () => {
    const calendar = new ICAL.Component(ICAL.parse(read('semaine/semaine.ics')));
    const days = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('dtstart')));
    expect(days).toContain('2031-02-04');
  });
});
