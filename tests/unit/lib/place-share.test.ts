import { describe, expect, it } from 'vitest';
import { mailtoShare, smsShare } from '../../../src/lib/place/share.ts';

const lines = [
  'DIPA — LPO A. Kastler',
  'Adresse : 2 av. de l’université - BP 73, 33402 TALENCE Cedex',
  'Téléphone : 05 57 35 40 70',
  'Toutes les informations : https://perseverance.example.fr/dispositifs/dipa-talence/?a=1&b=2#x',
];

describe('mailtoShare', () => {
  it('writes a subject and a body, no recipient, every character encoded', () => {
    const href = mailtoShare('DIPA — LPO A. Kastler (Persévérance scolaire)', lines);
    expect(href).toMatch(/^mailto:\?subject=[^&=?#\s]*&body=[^&=?#\s]*$/);
    const params = new URLSearchParams(href.slice('mailto:?'.length));
    expect(params.get('subject')).toBe('DIPA — LPO A. Kastler (Persévérance scolaire)');
    expect(params.get('body')).toBe(lines.join('\r\n'));
  });
});

describe('smsShare', () => {
  it('writes the body in the form both iOS and Android read, no number', () => {
    const href = smsShare(lines);
    expect(href).toMatch(/^sms:\?&body=[^&=?#\s]*$/);
    expect(decodeURIComponent(href.slice('sms:?&body='.length))).toBe(lines.join('\n'));
  });
});
