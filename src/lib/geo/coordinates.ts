/** Degrees and decimals: the two conversions every position goes through. Pure, shared by the build and the browser. */

/** Degrees to radians. */
export const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** Five decimals, about a metre: more than any of our positions is worth. */
export const roundCoordinate = (degrees: number) => Math.round(degrees * 1e5) / 1e5;
