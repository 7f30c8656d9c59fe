/** The everyday words of the search (content/mots-courants.yaml): what the checker tells an editor. */
import { describe, expect, it } from 'vitest';
import { checkFixture } from './check-fixture.ts';

describe('the everyday words of the search', () => {
  it('refuses a line of small words only, a line the search reads like another, and an empty list', () => {
    const { report } = checkFixture('everyday-words');
    expect(report).toMatchInlineSnapshot(`
      "3 problèmes dans le contenu :
        - content/mots-courants.yaml:6 — champ « décrochage.mots.3 » : « ne pas » n'a que des petits mots que la recherche ignore (le, de, mon, ne, pas…) : écrivez l'expression entière, par exemple « lâcher les cours ».
        - content/mots-courants.yaml:4 — champ « décrochage.mots.1 » : « lâché ses cours » revient au même que « lâcher les cours » pour la recherche (accents, petits mots, pluriels et terminaisons ne comptent pas) : gardez une seule des deux lignes.
        - content/mots-courants.yaml:9 — champ « droit au retour.mots » : aucun mot : ajoutez au moins une expression de tous les jours, une par ligne (« - lâcher les cours »)."
    `);
  });
});
