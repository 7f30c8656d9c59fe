/**
 * The web editor names new files as the content check wants them (issue #16): lower-case
 * ASCII letters, digits and hyphens (`SLUG`, src/integrations/content-check/read.ts). For
 * every collection of the CMS, titles full of accents, capitals, spaces, apostrophes or a
 * leading « _ » give a name the checker accepts, or the form refuses the title first.
 * Sveltia's naming is replayed by tests/helpers/sveltia-slug.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  CMS_COLLECTIONS,
  cmsConfig,
  SLUG_OPTIONS,
  slugTemplateFields,
  UNSAFE_IN_SLUG,
  type CmsField,
} from '../../../src/lib/editor/cms-config.ts';
import { SLUG } from '../../../src/lib/format/text.ts';
import { fillSlugTemplate, RANDOM_ID, sveltiaSlugify } from '../../helpers/sveltia-slug.ts';

const config = cmsConfig({ name: 'github', repo: 'org/depot' }, (collection) => [`${collection}-a`, `${collection}-b`]);

/** What a coordinator may type as a title. */
const TITLES = [
  'Atelier « Estime de soi » à Tartas',
  'ÉLÈVES DÉCROCHEURS : QUE FAIRE ?',
  'L’école, c’est pour moi !',
  "L'atelier d'Hélène",
  'Journée   portes    ouvertes',
  '  Des espaces autour  ',
  'Cœur d’œuvre, Ærø et Straße',
  'Lycée n° 3 — 2031/2032',
  'Ça marche : 100 % réussite ?!',
  'Київ : майстерня',
  'ورشة الكتابة',
  '!!!',
  // What the checker refuses in a name, and the CMS would keep: the form must refuse these titles.
  '_Brouillon de l’action',
  'Atelier_cuisine',
  '~ Titre entre tildes ~',
  'تجربة ـ ورشة',
];

describe('Sveltia’s naming, replayed', () => {
  it('keeps accents and capitals by default: names the checker refuses, hence the options', () => {
    expect(sveltiaSlugify('Élèves décrocheurs', {})).toBe('élèves-décrocheurs');
    expect(SLUG.test(sveltiaSlugify('Élèves décrocheurs', {}))).toBe(false);
  });

  it('with the site’s options, writes ASCII, lower case, one hyphen between words', () => {
    expect(sveltiaSlugify('Atelier « Estime de soi » à Tartas', SLUG_OPTIONS)).toBe('atelier-estime-de-soi-a-tartas');
    expect(sveltiaSlugify('L’école, c’est pour moi !', SLUG_OPTIONS)).toBe('l-ecole-c-est-pour-moi');
    expect(sveltiaSlugify('Cœur d’œuvre, Ærø et Straße', SLUG_OPTIONS)).toBe('coeur-d-oeuvre-aero-et-strasse');
    expect(sveltiaSlugify('  Des espaces autour  ', SLUG_OPTIONS)).toBe('des-espaces-autour');
    expect(sveltiaSlugify('Lycée n° 3 — 2031/2032', SLUG_OPTIONS)).toBe('lycee-n-3-2031-2032');
  });

  it('keeps « _ » and « ~ » even so (RFC 3986 unreserved characters), and writes the tatweel « _ »', () => {
    expect(sveltiaSlugify('_Brouillon', SLUG_OPTIONS)).toBe('_brouillon');
    expect(sveltiaSlugify('~ a ~', SLUG_OPTIONS)).toBe('~-a-~');
    expect(sveltiaSlugify('تجربة ـ ورشة', SLUG_OPTIONS)).toBe('_');
    for (const title of TITLES)
      expect(UNSAFE_IN_SLUG.test(title), title).toBe(!SLUG.test(sveltiaSlugify(title, SLUG_OPTIONS) || RANDOM_ID));
  });
});

describe('the CMS configuration names files the checker accepts', () => {
  it('sets the global slug options that make a name ASCII and lower case', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', trim: true, lowercase: true });
  });

  for (const name of CMS_COLLECTIONS) {
    const collection = config.collections.find((c) => c.name === name)!;
    const fields = collection.fields as CmsField[];

    it(`${name}: a slug typed by hand is checked with the checker’s rule`, () => {
      const [pattern, message] = collection.slug.pattern;
      expect(pattern).toBe(SLUG.source);
      expect(message).toMatch(/minuscules sans accents, des chiffres et des tirets/);
      const accepted = (slug: string) => new RegExp(pattern).test(slug);
      expect(['atelier-cuisine-gueret', '2031-02-03-bordeaux', '2031'].map(accepted)).toEqual([true, true, true]);
      expect(['_brouillon', 'Atelier-cuisine', 'atelier_cuisine', '-atelier', 'atelier--cuisine', 'élèves'].map(accepted)).toEqual([
        false,
        false,
        false,
        false,
        false,
        false,
      ]);
    });

    it(`${name}: every value the form accepts in « ${collection.slug.template} » gives a valid name`, () => {
      const named = slugTemplateFields(collection.slug.template);
      expect(named.length).toBeGreaterThan(0);
      const valuesOf = new Map(
        named.map((fieldName) => {
          const field = fields.find((f) => f.name === fieldName);
          expect(field, `champ ${fieldName}`).toBeDefined();
          return [fieldName, formValues(field!)] as const;
        }),
      );
      for (const values of combinations(named.map((n) => valuesOf.get(n)!))) {
        const value = new Map(named.map((n, i) => [n, values[i]!]));
        const slug = fillSlugTemplate(collection.slug.template, (field) => value.get(field)!, config.slug);
        expect(slug, JSON.stringify(Object.fromEntries(value))).toMatch(SLUG);
        // A name already taken gets « -1 », « -2 »… (Sveltia's renameIfNeeded): still valid.
        expect(`${slug}-2`).toMatch(SLUG);
      }
    });
  }
});

/**
 * The values a field of the form can hold. A free text: every title above that its
 * pattern lets through, and the pattern refuses exactly the titles with « _ », « ~ » or « ـ ».
 */
function formValues(field: CmsField): string[] {
  switch (field.widget) {
    case 'string': {
      const [pattern, message] = field['pattern'] as [string, string];
      expect(message).toMatch(/sans « _ » ni « ~ »/);
      const accepted = TITLES.filter((title) => new RegExp(pattern).test(title));
      expect(TITLES.filter((title) => !accepted.includes(title))).toEqual(TITLES.filter((title) => UNSAFE_IN_SLUG.test(title)));
      return accepted;
    }
    case 'select':
      return field.options!;
    case 'relation':
      // Another entry's file name, which the checker has accepted.
      return ['action-exemple', '2031-02-03-bordeaux'];
    case 'datetime':
      return ['2031-02-03', '2032-12-31'];
    case 'number':
      return ['7', '2031'];
    default:
      throw new Error(`Le champ « ${field.name} » (${field.widget}) nomme le fichier : dites ici quelles valeurs il peut prendre.`);
  }
}

function combinations(lists: string[][]): string[][] {
  return lists.reduce<string[][]>((done, list) => done.flatMap((prefix) => list.map((value) => [...prefix, value])), [[]]);
}
