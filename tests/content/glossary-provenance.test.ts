/**
 * Each glossary expansion says truly where it comes from (issue #14 §6): an
 * entry cites as `source` a document that writes the acronym out, and one that
 * no document writes out says so in `provenance` instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../src/lib/format/text.ts';
import { fileJsonSchema } from '../../src/lib/editor/json-schema.ts';
import { checkFixture } from '../unit/content-check/check-fixture.ts';
import { hasSeeds, ROOT, SEEDS } from '../helpers/paths.ts';

interface GlossaryEntry {
  definition: string;
  source?: string;
  provenance?: string;
}
const readYaml = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
const glossary = readYaml('content/glossaire.yaml') as Record<string, GlossaryEntry>;
const sourceIds = Object.keys(readYaml('content/sources.yaml'));

/** The text file of each document of content/sources.yaml, in ../shared/seeds (see its README). */
const SEED_FILES: Record<string, string> = {
  'lettre-mission-referent': '000_445344aff8a4b437.txt',
  'bulletin-semaine': '001_8f99676e9de8748a.txt',
  'page-nantes-prevention': '002_6221ca64cd03c41a.txt',
  'guide-bordeaux-2020': '003_0961d0bd635696c9.txt',
  'circulaire-poitiers-2014': '004_e6e1b52310e8b2a8.txt',
};

const seedTexts = new Map<string, string>();
/** A document's text, normalised once: no case, no accents (capitals often drop them, « Ecoles »), no punctuation, single spaces. */
function seedText(id: string): string {
  let text = seedTexts.get(id);
  if (text === undefined) seedTexts.set(id, (text = ` ${normalizeName(readFileSync(join(SEEDS, SEED_FILES[id]!), 'utf8'))} `));
  return text;
}

/**
 * True when `text` writes out `expansion`, word for word, in the singular or the
 * plural: the glossary says « délégué régional éducation » where the circular
 * writes « Délégués Régionaux Éducation (DRE) ». Words of three letters or less
 * (de, la, et, aux) must be exactly the same.
 */
function writesOut(text: string, expansion: string): boolean {
  const words = normalizeName(expansion)
    .split(' ')
    .map((word) => (word.length <= 3 ? word : word.endsWith('al') ? `${word.slice(0, -2)}(?:al|aux)` : `${word}[sx]?`));
  return new RegExp(` ${words.join(' ')} `).test(text);
}

const withSource = Object.entries(glossary).filter(([, entry]) => entry.source !== undefined);
const withoutSource = Object.entries(glossary).filter(([, entry]) => entry.source === undefined);

describe('the glossary', () => {
  it('gives every entry a source or a provenance, never both', () => {
    const both = withSource.filter(([, entry]) => entry.provenance !== undefined).map(([sigle]) => sigle);
    const neither = withoutSource.filter(([, entry]) => !entry.provenance?.trim()).map(([sigle]) => sigle);
    expect({ both, neither }).toEqual({ both: [], neither: [] });
  });

  it('cites only documents of content/sources.yaml that have a text among the seeds', () => {
    expect(Object.keys(SEED_FILES).sort()).toEqual([...sourceIds].sort());
    expect(withSource.filter(([, entry]) => !(entry.source! in SEED_FILES)).map(([sigle]) => sigle)).toEqual([]);
  });

  it('passes its JSON Schema, which refuses an entry with both or neither', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(fileJsonSchema('glossaire'));
    expect(validate(glossary), JSON.stringify(validate.errors)).toBe(true);
    const entry = { definition: 'diplôme national du brevet' };
    expect(validate({ DNB: entry })).toBe(false);
    expect(validate({ DNB: { ...entry, source: 'guide-bordeaux-2020', provenance: 'Développement usuel du sigle.' } })).toBe(false);
  });
});

describe.skipIf(!hasSeeds)('the glossary and the documents', () => {
  it('cites as source only a document that writes the expansion out', () => {
    const unwritten = withSource
      .filter(([, entry]) => !writesOut(seedText(entry.source!), entry.definition))
      .map(([sigle, entry]) => `${sigle} (« ${entry.definition} », ${entry.source})`);
    expect(unwritten).toEqual([]);
  });

  it('gives a provenance only where no document writes the expansion out', () => {
    const written = withoutSource.flatMap(([sigle, entry]) =>
      Object.keys(SEED_FILES)
        .filter((id) => writesOut(seedText(id), entry.definition))
        .map((id) => `${sigle} : écrit dans ${id}`),
    );
    expect(written).toEqual([]);
  });

  it('tells a document that writes an expansion out from one that does not', () => {
    // The circular writes « Délégués Régionaux Éducation (DRE) » and « Ecoles-Collèges- Lycées pour l'orientation… ».
    expect(writesOut(seedText('circulaire-poitiers-2014'), 'délégué régional éducation')).toBe(true);
    expect(writesOut(seedText('circulaire-poitiers-2014'), 'Écoles-Collèges-Lycées pour l’orientation et la réussite des élèves')).toBe(true);
    // BO cited the Bordeaux guide before issue #14, which never writes it out.
    expect(writesOut(seedText('guide-bordeaux-2020'), "Bulletin officiel de l'Éducation nationale")).toBe(false);
    expect(writesOut(seedText('guide-bordeaux-2020'), 'délégué régional éducation')).toBe(false);
  });
});

describe('an entry with both a source and a provenance, or neither', () => {
  it('is refused with a message that names the fix', () => {
    const { ids, report } = checkFixture('glossary-source-or-provenance');
    expect(ids.filter((id) => id.startsWith('glossaire/')).sort()).toEqual(['glossaire/CFA', 'glossaire/PAPS']);
    expect(report).toMatchInlineSnapshot(`
      "2 problèmes dans le contenu :
        - content/glossaire.yaml:13 — champ « BO.provenance » : \`source\` et \`provenance\` sont données toutes les deux : gardez \`source\` si le document cité écrit le sigle en entier ; sinon, supprimez \`source\` et gardez \`provenance\`.
        - content/glossaire.yaml:16 — champ « DNB » : ni \`source\` ni \`provenance\` : ajoutez \`source\` (l’identifiant, dans content/sources.yaml, du document qui écrit le sigle en entier) ou, si aucun document ne l’écrit, \`provenance\` (une phrase qui dit d’où vient le développé)."
    `);
  });
});
