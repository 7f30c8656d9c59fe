/**
 * The directory in the data·inclusion schema, as built (issue #17): the files
 * /donnees/structures.* and services.* validate against the schema its
 * maintainers publish (vendor/data-inclusion-schema/), the CSV says what the
 * JSON says, and /donnees/ explains the mapping and describes its datasets as
 * schema.org JSON-LD.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DATA_INCLUSION_SERVICES } from '../../src/lib/data-inclusion.ts';
import { csvCell } from '../../src/lib/open-data/rows.ts';
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS, type ServiceRow, type StructureRow } from '../../src/lib/open-data/data-inclusion.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ est vide : lancez `npm run build` avant ces tests (npm test le fait).');

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const structures = JSON.parse(read('donnees/structures.json')) as StructureRow[];
const services = JSON.parse(read('donnees/services.json')) as ServiceRow[];
const dispositifs = JSON.parse(read('donnees/dispositifs.json')) as { id: string; type: string }[];

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validator = (name: 'structure' | 'service') =>
  ajv.compile(JSON.parse(readFileSync(join(ROOT, `vendor/data-inclusion-schema/schemas/v1/${name}.json`), 'utf8')) as object);
const explain = (id: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${id} ${e.instancePath} : ${e.message} ${JSON.stringify(e.params)}`);

describe('structures.json and services.json', () => {
  it('validate against the schema data·inclusion publishes', () => {
    for (const [name, rows] of [
      ['structure', structures],
      ['service', services],
    ] as const) {
      const validate = validator(name);
      // Ajv's validate() narrows its argument: the id is read before.
      const problems = rows.flatMap((row) => {
        const { id } = row;
        return validate(row) ? [] : explain(id, validate.errors);
      });
      expect(problems, name).toEqual([]);
    }
  });

  // The rules of the maintainers' models (src/data_inclusion/schema/v1/services.py and structures.py) that their JSON Schema does not carry.
  it('follow the rules of the schema’s models that JSON Schema cannot state', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const row of [...structures, ...services]) {
      expect(row.date_maj >= '2000-01-01' && row.date_maj <= today, `${row.id} date_maj ${row.date_maj}`).toBe(true);
      expect(row.nom.endsWith('.') && !row.nom.endsWith('etc.'), `${row.id} nom « ${row.nom} »`).toBe(false);
    }
    for (const { id, publics } of services) if (publics?.includes('tous-publics')) expect(publics, id).toEqual(['tous-publics']);
  });

  it('give every field of the schema, in the order of the CSV', () => {
    for (const row of structures) expect(Object.keys(row)).toEqual(STRUCTURE_COLUMNS);
    for (const row of services) expect(Object.keys(row)).toEqual(SERVICE_COLUMNS);
  });

  it('have a service per dispositif of a kind held by an établissement, each in a structure that exists', () => {
    const held = dispositifs.filter((d) => d.type in DATA_INCLUSION_SERVICES);
    expect(services.map((s) => s.id).sort()).toEqual(held.map((d) => `${SITE.producteur}--${d.id}`).sort());
    const structureIds = new Set(structures.map((s) => s.id));
    expect(structureIds.size).toBe(structures.length);
    for (const service of services) expect(structureIds, service.id).toContain(service.structure_id);
    // No structure without a service: an établissement is published for the dispositif it hosts.
    expect(new Set(services.map((s) => s.structure_id)).size).toBe(structures.length);
  });

  it('link each record to its page of the site, which is built', () => {
    for (const row of [...structures, ...services]) {
      const path = new URL(row.lien_source).pathname;
      expect(existsSync(join(DIST, path, 'index.html')), `${row.id} ${row.lien_source}`).toBe(true);
    }
  });

  it('carry the values of the kind’s mapping, the DIPA’s French and hours among them', () => {
    const dipa = services.find((s) => s.id.endsWith('--dipa-talence'))!;
    expect(dipa.thematiques).toContain('lecture-ecriture-calcul--maitriser-le-francais');
    expect(dipa.volume_horaire_hebdomadaire).toBe(24);
    const microLycee = services.find((s) => s.id.endsWith('--micro-lycee-agen'))!;
    expect(microLycee).toMatchObject({
      type: 'formation',
      mobilisable_par: ['professionnels'],
      zone_eligibilite: ['24', '33', '40', '47', '64'],
    });
    // The fiches say nothing of fees or of a way to apply by phone or e-mail.
    for (const service of services) expect([service.frais, service.modes_mobilisation]).toEqual([null, null]);
  });
});

describe('structures.csv and services.csv', () => {
  for (const [file, rows, columns] of [
    ['structures.csv', structures, STRUCTURE_COLUMNS],
    ['services.csv', services, SERVICE_COLUMNS],
  ] as const)
    it(`${file} has the JSON's rows, lists joined by « | »`, () => {
      const records = parseCsv(read(`donnees/${file}`), { columns: true }) as Record<string, string>[];
      const expected = (rows as readonly object[]).map((row) =>
        Object.fromEntries(columns.map((column) => [column, String(csvCell((row as Record<string, unknown>)[column]))])),
      );
      expect(records).toEqual(expected);
      expect(Object.keys(records[0]!)).toEqual(columns);
    });
});

describe('the /donnees/ page', () => {
  const root = parse(read('donnees/index.html'));

  it('links the data·inclusion files and explains the mapping of each kind it publishes', () => {
    const links = root.querySelectorAll('main a').map((a) => a.getAttribute('href') ?? '');
    for (const file of ['structures.json', 'structures.csv', 'services.json', 'services.csv'])
      expect(
        links.some((l) => l.endsWith(`/donnees/${file}`)),
        file,
      ).toBe(true);
    const section = root.querySelector('section[aria-labelledby="data-inclusion"]')!;
    expect(section.querySelectorAll('h3').map((h) => h.text)).toEqual(
      ['Pôle d’accompagnement à la persévérance scolaire', 'Dispositif d’insertion des primo-arrivants', 'Micro-lycée'].map((name) =>
        expect.stringMatching(new RegExp(name.replace(/’/g, "['’]"))),
      ),
    );
    expect(section.text).toContain('lecture-ecriture-calcul--maitriser-le-francais');
    expect(section.text).toContain('Apprentissage du français langue seconde.');
  });

  it('describes its datasets as schema.org JSON-LD: licence, formats, dates, the schema followed', () => {
    const [block] = root
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.rawText) as Record<string, unknown>);
    expect(block).toMatchObject({ '@context': 'https://schema.org', '@type': 'DataCatalog' });
    const datasets = block!['dataset'] as Record<string, unknown>[];
    // A dataset without a record is not announced.
    const actions = (JSON.parse(read('donnees/actions.json')) as unknown[]).length > 0 ? ['actions'] : [];
    expect(datasets.map((d) => (d['@id'] as string).split('#')[1])).toEqual([
      'dispositifs',
      'structures',
      'services',
      'fiches',
      ...actions,
    ]);
    for (const dataset of datasets) {
      expect(dataset['@type']).toBe('Dataset');
      expect((dataset['description'] as string).length, dataset['name'] as string).toBeGreaterThanOrEqual(50);
      expect(dataset['license']).toBe('https://www.etalab.gouv.fr/licence-ouverte-open-licence/');
      expect(dataset['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const download of dataset['distribution'] as Record<string, string>[]) {
        expect(download['encodingFormat']).toMatch(/^(application|text)\//);
        expect(existsSync(join(DIST, new URL(download['contentUrl']!).pathname)), download['contentUrl']).toBe(true);
      }
    }
    const followed = datasets.filter((d) => d['schemaVersion']).map((d) => d['name']);
    expect(followed).toEqual([expect.stringContaining('Structures'), expect.stringContaining('Services')]);
  });
});
