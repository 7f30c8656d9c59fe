import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('dispositifs', () => {
  it('refuses a type that src/lib/dispositif-types.ts does not list', () => {
    const { ids, report } = checkFixture('dispositif-unknown-type');
    expect(ids).toContain('dispositifs/type-connu');
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/dispositifs/type-inconnu.md:2 — champ « type » : type inconnu : choisissez parmi « paps », « dipa », « micro-lycee », « reseau-foquale », « paqi », « psad »."
    `);
  });

  it('asks for the établissement of a place-based type, not of a platform', () => {
    const { ids, report } = checkFixture('dispositif-without-etablissement');
    expect(ids).toEqual(expect.arrayContaining(['dispositifs/paps-avec-lieu', 'dispositifs/plateforme-sans-lieu']));
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/dispositifs/paps-sans-lieu.md:2 — champ « etablissement » : un dispositif de type « paps » est accueilli par un établissement : ajoutez \`etablissement\` avec l'identifiant de son fichier."
    `);
  });

  it('refuses a maximum age below the minimum, and takes equal ages', () => {
    const { ids, report } = checkFixture('ages-reversed');
    expect(ids).toEqual(expect.arrayContaining(['dispositifs/ages-dans-l-ordre', 'dispositifs/meme-age']));
    expect(report).toMatchInlineSnapshot(`
      "1 problème dans le contenu :
        - content/dispositifs/ages-inverses.md:6 — champ « public.age_max » : l'âge maximum (16) est inférieur à l'âge minimum (25)."
    `);
  });
});
