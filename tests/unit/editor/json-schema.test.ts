/** The JSON Schemas editors' tools read: generated from the zod schemas, they accept real files and refuse broken ones. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fileJsonSchema } from '../../../src/lib/editor/json-schema.ts';
import { jsonSchemaFiles, SCHEMAS_DIR } from '../../../scripts/json-schemas.ts';

const ROOT = join(import.meta.dirname, '../../..');
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const frontMatter = (path: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!);

describe('npm run schemas:json', () => {
  it('writes one schema per collection', () => {
    const out = mkdtempSync(join(tmpdir(), 'schemas-'));
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/json-schemas.ts'), out], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'content/.schemas/editions.json'))).toBe(true);
  });

  // The committed schemas are what editors' tools read: a field changed in src/schemas
  // without `npm run schemas:json` would leave VS Code hinting the old one.
  it('has written the committed content/.schemas/ from the current zod schemas', () => {
    const committed = join(ROOT, SCHEMAS_DIR);
    const expected = jsonSchemaFiles();
    expect(readdirSync(committed).sort(), 'run `npm run schemas:json`').toEqual(Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected))
      expect(readFileSync(join(committed, name), 'utf8'), `content/.schemas/${name} is stale: run \`npm run schemas:json\``).toBe(text);
  });
});

describe('JSON Schemas', () => {
  it('accept real content files', () => {
    const action = ajv.compile(fileJsonSchema('actions'));
    expect(action(frontMatter(join(ROOT, 'content/actions/maps-lescar.md'))), JSON.stringify(action.errors)).toBe(true);
    const academies = ajv.compile(fileJsonSchema('academies'));
    expect(academies(parse(readFileSync(join(ROOT, 'content/academies.yaml'), 'utf8'))), JSON.stringify(academies.errors)).toBe(true);
    const edition = ajv.compile(fileJsonSchema('editions'));
    expect(edition(parse(readFileSync(join(ROOT, 'tests/fixtures/content/nouveau/content/editions/2031.yaml'), 'utf8')))).toBe(true);
  });

  it('refuse a broken file', () => {
    const validate = ajv.compile(fileJsonSchema('bulletins'));
    expect(
      validate({ date: '14/01/2031', academie: 'nord', departement: '33', source: 'guide', date_maj: '2031-01-10', couleur: 'bleu' }),
    ).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['additionalProperties', 'pattern', 'required']);
  });

  it('carry French hints and the closed lists', () => {
    const schema = fileJsonSchema('actions');
    expect(schema.properties?.['thematiques']?.items?.enum).toContain('estime de soi');
    expect(schema.properties?.['date_maj']?.title).toBe('Date de l’information');
  });

  it('take titles and descriptions from the fields’ .meta(), nested fields too, and title an undocumented field by its name', () => {
    const ressources = fileJsonSchema('bulletins').properties?.['ressources'];
    expect(ressources?.title).toBe('Ressources');
    expect(ressources?.items?.properties?.['url']).toMatchObject({
      title: 'Adresse du lien',
      description: 'Elle commence par https:// (ou mailto: suivi d’un courriel).',
    });
    expect(fileJsonSchema('dispositifs').properties?.['formations']?.title).toBe('formations');
  });
});
