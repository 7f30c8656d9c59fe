/**
 * The UAI (unité administrative immatriculée, formerly RNE) identifies a school:
 * seven characters and a check letter. The letter is the remainder of the
 * seven-digit number divided by 23, read in an alphabet without I, O and Q.
 */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** The check letter a UAI's first seven characters call for, or undefined when they are not digits. */
export function uaiCheckLetter(firstSeven: string): string | undefined {
  if (!/^\d{7}$/.test(firstSeven)) return undefined;
  return CHECK_LETTERS[Number(firstSeven) % 23];
}

export function isValidUai(uai: string): boolean {
  const match = /^(\d{7})([A-Z])$/.exec(uai.toUpperCase());
  return match !== null && uaiCheckLetter(match[1]!) === match[2];
}
