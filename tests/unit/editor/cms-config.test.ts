/** The CMS form and the schemas agree: every field, whether it is required, and its options. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CMS_COLLECTIONS, cmsConfig, type CmsField } from '../../../src/lib/editor/cms-config.ts';
import { entryJsonSchema, type JsonSchema } from '../../../src/lib/editor/json-schema.ts';
import { MAX_MEDIA_BYTES, MEDIA_FOLDER, MEDIA_PUBLIC_PATH } from '../../../src/lib/media/formats.ts';

const ids = (collection: string) => [`${collection}-a`, `${collection}-b`];
const config = cmsConfig({ name: 'gitlab', repo: 'groupe/projet', api_root: 'https://forge.example/api/v4', app_id: 'x' }, ids);
const first = (s: JsonSchema): JsonSchema => (s.anyOf ? { ...s.anyOf[0], ...s } : s);

describe('CMS configuration', () => {
  it('uses the editorial workflow: each submission is a pull or merge request', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce' });
  });

  it('is valid for Sveltia CMS', () => {
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('uploads where the build checks media, within its size limit, with names fit for a URL', () => {
    expect(config).toMatchObject({
      media_folder: MEDIA_FOLDER,
      public_folder: MEDIA_PUBLIC_PATH,
      media_libraries: { default: { config: { max_file_size: MAX_MEDIA_BYTES, slugify_filename: true } } },
    });
  });

  for (const collection of CMS_COLLECTIONS) {
    it(`has every field of ${collection}, required or not, with its options`, () => {
      const schema = entryJsonSchema(collection);
      const fields = config.collections.find((c) => c.name === collection)!.fields as CmsField[];
      const byName = new Map(fields.map((f) => [f.name, f]));
      expect([...byName.keys()].filter((n) => n !== 'body')).toEqual(Object.keys(schema.properties!));
      for (const [name, property] of Object.entries(schema.properties!)) {
        const field = byName.get(name)!;
        expect(field.required, name).toBe(schema.required?.includes(name) ?? false);
        const s = first(property);
        const values = s.enum ?? (s.type === 'array' ? first(s.items!).enum : undefined);
        if (values) expect(field.options, name).toEqual(values);
        const target = s['x-collection'] ?? (s.type === 'array' ? first(s.items!)['x-collection'] : undefined);
        if (target)
          expect(field.widget === 'relation' ? field['collection'] : field.options, name).toEqual(
            field.widget === 'relation' ? target : ids(target),
          );
      }
    });
  }

  it('checks a bulletin’s links as the content check does: https://, http:// or mailto:, nothing else', () => {
    const fields = config.collections.find((c) => c.name === 'bulletins')!.fields as CmsField[];
    const url = fields.find((f) => f.name === 'ressources')!.fields!.find((f) => f.name === 'url')!;
    const [pattern, message] = url['pattern'] as [string, string];
    expect(message).toMatch(/https:\/\//);
    const matches = (value: string) => new RegExp(pattern).test(value);
    expect(['https://www.education.gouv.fr/', 'mailto:mlds@ac-bordeaux.fr'].map(matches)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' https://x.fr/', 'data:text/html,x', 'file:///etc/passwd'].map(matches)).toEqual(
      [false, false, false, false, false],
    );
  });

  it('checks a lettre’s free links as the content check does: https:// only', () => {
    const fields = config.collections.find((c) => c.name === 'lettres')!.fields as CmsField[];
    const elements = fields.find((f) => f.name === 'sections')!.fields!.find((f) => f.name === 'elements')!;
    const [pattern] = elements.fields!.find((f) => f.name === 'lien')!['pattern'] as [string, string];
    const matches = (value: string) => new RegExp(pattern).test(value);
    expect(
      ['https://www.ac-bordeaux.fr/', 'http://www.ac-bordeaux.fr/', 'mailto:mlds@ac-bordeaux.fr', 'javascript:alert(1)'].map(matches),
    ).toEqual([true, false, false, false]);
    expect(elements.fields!.find((f) => f.name === 'action')).toMatchObject({ widget: 'relation', collection: 'actions' });
    expect(elements.fields!.find((f) => f.name === 'fiche')).toMatchObject({ widget: 'select', options: ['fiches-a', 'fiches-b'] });
  });
});
