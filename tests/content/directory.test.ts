/**
 * The real content holds every fact of the directory of the Bordeaux guide:
 * counts by type and département, and every published phone number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheck } from '../../src/integrations/content-check/index.ts';
import { parsePhone } from '../../src/lib/format/phone.ts';
import { hasSeeds, ROOT, SEEDS } from '../helpers/paths.ts';

let content: ContentCheck;
beforeAll(() => {
  content = checkContent(ROOT);
});

const entries = (collection: string) => content.entries.filter((e) => e.collection === collection);
const dispositifsOfType = (type: string) => entries('dispositifs').filter((e) => e.parsed['type'] === type);
const departementOf = (dispositif: { parsed: Record<string, unknown> }) => {
  const id = (dispositif.parsed['etablissement'] as { id: string }).id;
  return entries('etablissements').find((e) => e.id === id)!.parsed['departement'];
};

describe('the content', () => {
  it('passes every check, references included', () => {
    expect(content.problems).toEqual([]);
  });

  it('has the 47 PAPS of the directory, by département', () => {
    const byDepartement: Record<string, number> = {};
    for (const paps of dispositifsOfType('paps')) {
      const code = String(departementOf(paps));
      byDepartement[code] = (byDepartement[code] ?? 0) + 1;
    }
    expect(dispositifsOfType('paps')).toHaveLength(47);
    expect(byDepartement).toEqual({ '24': 8, '33': 26, '40': 3, '47': 3, '64': 7 });
  });

  it('has the DIPA and the three micro-lycées', () => {
    expect(dispositifsOfType('dipa').map(departementOf)).toEqual(['33']);
    expect(dispositifsOfType('micro-lycee').map((d) => d.id).sort()).toEqual([
      'micro-lycee-agen',
      'micro-lycee-talence',
      'micro-lycee-tivoli-bordeaux',
    ]);
  });

  it('places Lycée V. Louis and LPO A. Kastler once each, hosting two dispositifs', () => {
    const hosts = (id: string) => entries('dispositifs').filter((d) => (d.parsed['etablissement'] as { id: string } | undefined)?.id === id);
    expect(hosts('lycee-v-louis-talence').map((d) => d.parsed['type']).sort()).toEqual(['micro-lycee', 'paps']);
    expect(hosts('lpo-kastler-talence').map((d) => d.parsed['type']).sort()).toEqual(['dipa', 'paps']);
  });
});

describe.skipIf(!hasSeeds)('the seed directory', () => {
  /** The « Annuaire » of the Bordeaux guide: from its heading to the next section. */
  function directoryText(): string {
    const guide = readFileSync(join(SEEDS, '003_0961d0bd635696c9.txt'), 'utf8');
    const start = guide.indexOf("Annuaire des actions de la mission de lutte contre le décrochage scolaire");
    const end = guide.indexOf('Au-delà des informations générales', start);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    return guide.slice(start, end);
  }

  it('has every published phone number of the directory in the content', () => {
    const published = [...directoryText().matchAll(/0\d(?: \d{2}){4}/g)].map(([phone]) => phone);
    expect(published).toHaveLength(50); // 47 PAPS + 1 DIPA + 2 micro-lycées with an address
    const inContent = new Set(
      [...entries('etablissements'), ...entries('dispositifs')].flatMap((e) => {
        const phone = e.parsed['telephone'] as { national: string } | undefined;
        return phone ? [phone.national] : [];
      }),
    );
    const missing = published.filter((phone) => !inContent.has(parsePhone(phone)!.national));
    expect(missing).toEqual([]);
  });

  it('has every published postal code of the directory in the content', () => {
    const published = new Set([...directoryText().matchAll(/^(\d{5}) [A-Z]/gm)].map(([, code]) => code));
    const inContent = new Set([...entries('etablissements'), ...entries('dispositifs')].map((e) => e.parsed['code_postal']));
    expect([...published].filter((code) => !inContent.has(code))).toEqual([]);
  });
});
