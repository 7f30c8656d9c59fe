/**
 * The data·inclusion mapping is true (issue #17): each value it sets quotes the
 * fiche of its kind, and the quote is in that fiche, word for word. A fiche
 * rewritten without those words fails here until src/lib/data-inclusion.ts follows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_INCLUSION_SERVICES } from '../../src/lib/data-inclusion.ts';
import { DISPOSITIF_TYPES } from '../../src/lib/dispositif-types.ts';
import { ROOT } from '../helpers/paths.ts';

/** Spaces and apostrophes as the fiches and the table may differ in them. */
const normalise = (text: string) => text.replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe('the data·inclusion mapping', () => {
  for (const [kind, mapping] of Object.entries(DATA_INCLUSION_SERVICES)) {
    it(`quotes the fiche of the ${kind} for each value`, () => {
      const fiche = DISPOSITIF_TYPES[kind as keyof typeof DATA_INCLUSION_SERVICES].fiche;
      const text = normalise(readFileSync(join(ROOT, 'content/fiches', `${fiche}.md`), 'utf8'));
      const quotes = [
        mapping.type,
        ...mapping.thematiques,
        ...mapping.publics,
        ...mapping.modes_accueil,
        ...mapping.mobilisable_par,
        ...('volume_horaire_hebdomadaire' in mapping ? [mapping.volume_horaire_hebdomadaire] : []),
        ...('zone_academie' in mapping ? [mapping.zone_academie] : []),
      ].map(({ because }) => because);
      for (const quote of quotes) expect(text, `« ${quote} » (content/fiches/${fiche}.md)`).toContain(normalise(quote));
    });
  }
});
