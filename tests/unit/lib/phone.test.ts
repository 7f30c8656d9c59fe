import { describe, expect, it } from 'vitest';
import { internationalPhone, parsePhone } from '../../../src/lib/format/phone.ts';

describe('parsePhone', () => {
  it.each([
    ['05 53 74 49 00'],
    ['05.53.74.49.00'],
    ['05-53-74-49-00'],
    ['0553744900'],
    ['+33 5 53 74 49 00'],
    ['+33553744900'],
    ['0033 5 53 74 49 00'],
  ])('reads « %s »', (written) => {
    expect(parsePhone(written)?.national).toBe('0553744900');
  });

  it('shows the number grouped by two and links it in the international form', () => {
    expect(parsePhone('+33 5 53 74 49 00')).toEqual({
      national: '0553744900',
      display: '05 53 74 49 00',
      international: '+33553744900',
      href: 'tel:+33553744900',
    });
    expect(parsePhone('06.12.34.56.78')?.href).toBe('tel:+33612345678');
  });

  it.each([
    ['nine digits', '05 53 74 49 0'],
    ['eleven digits', '05 53 74 49 00 1'],
    ['a number starting 00', '00 53 74 49 00'],
    ['a letter', '05 53 74 49 0O'],
    ['words', 'standard du lycée'],
    ['nothing', ''],
    ['a foreign number', '+44 20 7946 0000'],
  ])('rejects %s', (_, written) => {
    expect(parsePhone(written)).toBeUndefined();
  });
});

describe('internationalPhone', () => {
  it('replaces the trunk zero with the country code (E.164)', () => {
    expect(internationalPhone('0553744900')).toBe('+33553744900');
    expect(internationalPhone('0612345678')).toBe('+33612345678');
  });
});
