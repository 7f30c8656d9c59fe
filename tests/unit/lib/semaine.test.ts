import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { editionCalendar, editionDays, featuredEdition, formatDay, groupBy } from '../../../src/lib/semaine/calendar.ts';
import { buildCalendar, escapeText, foldLine } from '../../../src/lib/semaine/icalendar.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const edition = { debut: day('2031-02-03'), fin: day('2031-02-07') };

describe('the days of an edition', () => {
  it('lists every day, both ends included', () => {
    expect(editionDays(edition).map((d) => d.toISOString().slice(0, 10))).toEqual([
      '2031-02-03',
      '2031-02-04',
      '2031-02-05',
      '2031-02-06',
      '2031-02-07',
    ]);
  });

  it('crosses a month end', () => {
    expect(editionDays({ debut: day('2032-02-27'), fin: day('2032-03-01') })).toHaveLength(4);
  });

  it('reads as a French day', () => {
    expect(formatDay(day('2031-02-03'), 'fr-FR')).toBe('lundi 3 février');
    expect(formatDay(day('2032-02-01'), 'fr-FR')).toBe('dimanche 1er février');
  });

  it('reads in the locale it is given, the ordinal only in French', () => {
    expect(formatDay(day('2032-02-01'), 'en-GB')).toBe('Sunday 1 February');
  });
});

describe('the calendar of an edition', () => {
  const bulletins = [
    { id: 'b-nord-1', date: day('2031-02-03'), academie: 'nord' },
    { id: 'b-sud-1', date: day('2031-02-03'), academie: 'sud' },
    { id: 'b-nord-3', date: day('2031-02-05'), academie: 'nord' },
  ];
  const calendar = editionCalendar(edition, bulletins);

  it('has a row per day, numbered from 1', () => {
    expect(calendar.map((d) => d.jour)).toEqual([1, 2, 3, 4, 5]);
  });

  it('puts each bulletin on its day, under its académie', () => {
    expect([...calendar[0]!.bulletins.keys()].sort()).toEqual(['nord', 'sud']);
    expect(calendar[1]!.bulletins.size).toBe(0);
    expect(calendar[2]!.bulletins.get('nord')?.id).toBe('b-nord-3');
  });
});

describe('the edition shown', () => {
  const e2030 = { id: '2030', debut: day('2030-02-04'), fin: day('2030-02-08') };
  const e2031 = { id: '2031', ...edition };
  const e2032 = { id: '2032', debut: day('2032-02-02'), fin: day('2032-02-06') };

  it('is the one under way', () => {
    expect(featuredEdition([e2030, e2031, e2032], day('2031-02-05'))).toEqual({ edition: e2031, status: 'en-cours' });
  });
  it('else the next one', () => {
    expect(featuredEdition([e2032, e2031, e2030], day('2030-06-01'))).toEqual({ edition: e2031, status: 'a-venir' });
  });
  it('else the latest', () => {
    expect(featuredEdition([e2030, e2031], day('2040-01-01'))).toEqual({ edition: e2031, status: 'passee' });
  });
  it('is none when there is no edition', () => {
    expect(featuredEdition([], day('2031-01-01'))).toBeUndefined();
  });
});

describe('grouping', () => {
  it('puts an item under each of its keys, once, groups in order', () => {
    const items = [
      { t: 'a', keys: ['tutorat', 'culture', 'culture'] },
      { t: 'b', keys: ['culture'] },
      { t: 'c', keys: [] },
    ];
    expect(
      groupBy(
        items,
        (i) => i.keys,
        (a, b) => a.localeCompare(b, 'fr'),
      ).map((g) => [g.key, g.items.map((i) => i.t)]),
    ).toEqual([
      ['culture', ['a', 'b']],
      ['tutorat', ['a']],
    ]);
  });
});

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(line);
    expect(lines.join('')).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });

  const text = buildCalendar({
    prodId: '-//Test//Semaine//FR',
    name: 'Semaine',
    events: [
      {
        uid: 'semaine-2031-jour-1@example.org',
        date: day('2031-02-03'),
        summary: 'Semaine de la persévérance scolaire — jour 1',
        description: 'Dordogne, Landes; et\\ « le reste »\nligne deux, '.repeat(3),
        url: 'https://example.org/semaine/2031/',
        stamp: day('2030-12-01'),
      },
    ],
  });

  it('ends every line with CRLF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back with an iCalendar parser', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Test//Semaine//FR');
    const [vevent] = calendar.getAllSubcomponents('vevent');
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('semaine-2031-jour-1@example.org');
    expect(event.summary).toBe('Semaine de la persévérance scolaire — jour 1');
    expect(event.description).toBe('Dordogne, Landes; et\\ « le reste »\nligne deux, '.repeat(3));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2031-02-03');
    expect(event.endDate.toString()).toBe('2031-02-04');
  });

  it('is valid and empty with no event', () => {
    const empty = buildCalendar({ prodId: '-//Test//Semaine//FR', name: 'Semaine', events: [] });
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toEqual([]);
  });
});
