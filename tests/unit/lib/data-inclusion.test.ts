/**
 * The data·inclusion schema as its maintainers publish it, and our mapping to
 * it (issue #17): the vendored files are the release's own bytes, every value
 * the mapping sets is one of the schema's vocabularies, and a kind without a
 * justified value leaves the field empty.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_INCLUSION_SERVICES, vocabularyLabel } from '../../../src/lib/data-inclusion.ts';
import { sentences, serviceVocabulary, SERVICE_COLUMNS, STRUCTURE_COLUMNS } from '../../../src/lib/open-data/data-inclusion.ts';
import { ROOT } from '../../helpers/paths.ts';

const VENDOR = join(ROOT, 'vendor/data-inclusion-schema');

/** `git ls-tree -r v1.0.8 schemas/v1 LICENSE.md` in gip-inclusion/data-inclusion-schema (commit df9ce7f). */
const UPSTREAM_BLOBS: Record<string, string> = {
  'LICENSE.md': '66b48e6ca416a8bd17abfde799e87f6b5331aa57',
  'schemas/v1/extra/frais.json': '80a2c1aa8794b3e39acafae8efc148af094d74f0',
  'schemas/v1/extra/modes-accueil.json': 'd2ca1c2a5d38dffb5efdfda54bb5016b8c6775fa',
  'schemas/v1/extra/modes-mobilisation.json': '51bb498ed298d56a33dce4bc0ac7183a24da1f4b',
  'schemas/v1/extra/personnes-mobilisatrices.json': '3e7ad0c3923707f9090bc8d651b08e2267816e7c',
  'schemas/v1/extra/publics.json': 'ebe15d058fc6566be1a5881de2a6b70afcac8d3d',
  'schemas/v1/extra/reseaux-porteurs.json': 'dd041c5842793a9396d9631c0669b02f1bcdad60',
  'schemas/v1/extra/thematiques.json': '9d8be3602e6d1798a829114e501e5a3ff9599745',
  'schemas/v1/extra/types-de-services.json': 'dea72d948615bd9378dbd718bc4915a10ca16d71',
  'schemas/v1/extra/typologies-de-services.json': '6fa6b25c48ebb558b68b476c9304ad655bfb676d',
  'schemas/v1/service.json': 'b4b7c8808c8ec7f7a3c50cdd5cef4e12be140cd5',
  'schemas/v1/structure.json': 'd46cbca7aa9809f1caa666ec0c2317b9d3240cda',
};

/** The id Git gives a file's content: SHA-1 of « blob <size>\0 » and the bytes. */
function gitBlobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const schema = (name: 'service' | 'structure') =>
  JSON.parse(readFileSync(join(VENDOR, `schemas/v1/${name}.json`), 'utf8')) as { properties: Record<string, unknown> };

describe('the vendored schema', () => {
  it('is byte for byte the release v1.0.8', () => {
    for (const [path, blob] of Object.entries(UPSTREAM_BLOBS)) expect(gitBlobId(readFileSync(join(VENDOR, path))), path).toBe(blob);
  });

  it('has exactly the fields our files write, for structures and services', () => {
    expect([...STRUCTURE_COLUMNS].sort()).toEqual(Object.keys(schema('structure').properties).sort());
    expect([...SERVICE_COLUMNS].sort()).toEqual(Object.keys(schema('service').properties).sort());
  });
});

describe('the mapping of each kind of dispositif', () => {
  it('sets only values of the schema’s vocabularies', () => {
    for (const [kind, mapping] of Object.entries(DATA_INCLUSION_SERVICES)) {
      expect(vocabularyLabel('type', mapping.type.value), `${kind} type`).toBeDefined();
      for (const field of ['thematiques', 'publics', 'modes_accueil', 'mobilisable_par'] as const)
        for (const { value } of mapping[field]) expect(vocabularyLabel(field, value), `${kind} ${field} ${value}`).toBeDefined();
    }
  });

  it('leaves empty what the fiche does not say, and gives the académie as zone only where recruiting is academy-wide', () => {
    expect(serviceVocabulary('paps', ['24', '33'])).toMatchObject({
      mobilisable_par: null,
      zone_eligibilite: null,
      volume_horaire_hebdomadaire: null,
    });
    expect(serviceVocabulary('micro-lycee', ['24', '33'])).toMatchObject({ thematiques: null, zone_eligibilite: ['24', '33'] });
    // A micro-lycée of an académie whose départements are unknown has no zone rather than an empty list, which the schema refuses.
    expect(serviceVocabulary('micro-lycee', []).zone_eligibilite).toBeNull();
    expect(serviceVocabulary('dipa', []).volume_horaire_hebdomadaire).toBe(24);
  });
});

describe('sentences', () => {
  it('ends each point with a full stop once, and gives nothing for no point', () => {
    expect(sentences(['De 17 à 25 ans', 'Avoir le DNB.', 'Vraiment ?'])).toBe('De 17 à 25 ans. Avoir le DNB. Vraiment ?');
    expect(sentences([])).toBeNull();
  });
});
