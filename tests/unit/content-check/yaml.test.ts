/** The checker reads YAML exactly as Astro's loaders do (js-yaml's default schema), so that nothing it passes fails the build. */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/integrations/content-check/yaml.ts';
import { WrittenDate } from '../../../src/schemas/common.ts';

const SAMPLES = [
  'nom: 2020-01-14',
  'date_maj: 2025-02-30',
  'heure: 2020-01-14 10:30:00',
  'code: 05110\nnumero: 0559000000\noctal: 0o17',
  'oui: yes\nnon: no\nvrai: true\nrien: ~',
  'base: &b {a: 1}\nfusion:\n  <<: *b\n  c: 2',
  'binaire: !!binary aGVsbG8=',
  'ensemble: !!set {a, b}',
  'liste: [1, "2", trois]',
];

describe('YAML as Astro reads it', () => {
  it.each(SAMPLES)('reads « %s » into the same data as js-yaml’s load, which Astro calls', (text) => {
    expect(JSON.stringify(parseYaml(text, 0).data)).toBe(JSON.stringify(load(text)));
  });

  it('keeps how a date was written, which a Date forgets (2025-02-30 is 2 March)', () => {
    const { data } = parseYaml('date_maj: 2025-02-30', 0) as { data: { date_maj: Date } };
    expect(data.date_maj).toBeInstanceOf(WrittenDate);
    expect((data.date_maj as WrittenDate).written).toBe('2025-02-30');
    expect(data.date_maj.toISOString().slice(0, 10)).toBe('2025-03-02');
  });

  it('names the field at an offset, for a message about a character in it', () => {
    const text = 'nom: Lycée\ncontacts:\n  - service: SAIO\n    site_web: https://x.fr/\n';
    const { fieldAt } = parseYaml(text, 0);
    expect(fieldAt(text.indexOf('Lycée'))).toBe('nom');
    expect(fieldAt(text.indexOf('https'))).toBe('contacts.0.site_web');
  });
});
