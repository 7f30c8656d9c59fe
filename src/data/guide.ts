/**
 * The guide for families (/quelle-solution/), built once from the fiches that
 * carry an `orientation`: the ones that explain a dispositif type are the
 * solutions, the others the steps to take (the référent décrochage, the right
 * to return to training).
 */
import { academies, dispositifs, fiches, isOnMap, type Fiche } from '../content.ts';
import { buildGuide, guideNodes, type Answers, type GuideRule } from '../lib/guide/tree.ts';
import type { DispositifTypeId } from '../lib/dispositif-types.ts';

const guided = fiches.filter((fiche) => fiche.data.orientation !== undefined);

const rules: GuideRule[] = guided.map(({ id, data }) => ({
  id,
  ageMin: data.orientation!.age_min,
  ageMax: data.orientation!.age_max,
  situations: data.orientation!.situations,
  projets: data.orientation!.projets,
}));

export const guide = buildGuide(rules);
export const guidePages = guideNodes(guide);

const byId = new Map(guided.map((fiche) => [fiche.id, fiche]));

/**
 * A guide's end, split as the page shows it. The most specific solution comes
 * first: the one made for what the young person wants, then the one that takes
 * the fewest situations.
 */
export function endOf({ fits, given }: { fits: readonly string[]; given: Answers }): { solutions: Fiche[]; steps: Fiche[] } {
  const specificity = ({ data }: Fiche) =>
    (given.projet && data.orientation!.projets.includes(given.projet) ? 0 : 10) + data.orientation!.situations.length;
  const found = fits.map((id) => byId.get(id)!).sort((a, b) => specificity(a) - specificity(b));
  return {
    solutions: found.filter((fiche) => fiche.data.types_dispositif.length > 0),
    steps: found.filter((fiche) => fiche.data.types_dispositif.length === 0),
  };
}

/** The kinds of a fiche that have places on the map: the guide opens the map on them. */
export function typesOnMap(fiche: Fiche): DispositifTypeId[] {
  return fiche.data.types_dispositif.filter((type) => dispositifs.some((d) => d.type === type && isOnMap(d)));
}

/** The académies' institutional contacts, for whoever has no other door to knock on. */
export const academieContacts = academies.filter((a) => (a.data.contacts ?? []).length > 0);
