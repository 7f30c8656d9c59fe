import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTranslations } from '../../../src/i18n/dictionaries.ts';
import { isoDate, isStale } from '../../../src/lib/format/dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('a date as a French page writes it (t.date)', () => {
  const formatDate = useTranslations('fr').date;

  it('writes the date in French', () => {
    expect(formatDate(day('2020-01-14'))).toBe('14 janvier 2020');
    expect(formatDate(day('2014-09-29'))).toBe('29 septembre 2014');
    expect(formatDate(day('2021-12-31'))).toBe('31 décembre 2021');
  });

  describe('on a machine behind UTC (Cayenne)', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
      vi.resetModules();
    });

    it('keeps the day of a date read from a content file (midnight UTC)', async () => {
      vi.stubEnv('TZ', 'America/Cayenne');
      vi.resetModules();
      const { createTranslator } = await import('../../../src/i18n/translate.ts');
      expect(createTranslator({}, 'fr-FR').date(day('2020-01-14'))).toBe('14 janvier 2020');
    });
  });

  it('writes the first of the month « 1er »', () => {
    expect(formatDate(day('2021-02-01'))).toBe('1er février 2021');
  });
});

describe('isoDate', () => {
  it('gives the day for <time datetime>', () => {
    expect(isoDate(day('2020-01-14'))).toBe('2020-01-14');
  });

  it('reads the UTC day, as the content schemas parse dates (no shift by the time zone)', () => {
    expect(isoDate(new Date('2020-01-14T23:30:00Z'))).toBe('2020-01-14');
    expect(isoDate(new Date('2020-01-14T23:30:00-02:00'))).toBe('2020-01-15');
  });
});

describe('isStale', () => {
  const today = day('2024-06-15');

  it('is false up to two years old', () => {
    expect(isStale(day('2024-06-15'), today)).toBe(false);
    expect(isStale(day('2022-06-16'), today)).toBe(false);
    expect(isStale(day('2022-06-15'), today)).toBe(false);
  });

  it('is true just over two years old', () => {
    expect(isStale(day('2022-06-14'), today)).toBe(true);
    expect(isStale(day('2020-01-14'), today)).toBe(true);
  });
});
