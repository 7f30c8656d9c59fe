/**
 * French phone numbers: stored as the document writes them, checked, shown
 * grouped by two (« 05 53 74 49 00 ») and linked in the international form
 * (`tel:+33553744900`), which every phone dials correctly.
 */

export interface Phone {
  /** Ten digits, national form: 0553744900. */
  national: string;
  /** « 05 53 74 49 00 ». */
  display: string;
  /** `+33553744900`: what schema.org, the open data and `tel:` links carry. */
  international: string;
  /** `tel:+33553744900`. */
  href: string;
}

/** `0553744900` → `+33553744900` (E.164): the one place the country code is written. */
export function internationalPhone(national: string): string {
  return `+33${national.slice(1)}`;
}

/** Returns the parsed number, or undefined when it is not a valid French number. */
export function parsePhone(input: string): Phone | undefined {
  // « +33 (0)5 59 00 00 00 »: the bracketed trunk zero is dropped before the country code is read.
  const compact = input.replace(/\(0\)/g, '').replace(/[\s.\-()]/g, '');
  const national = compact.replace(/^(?:\+33|0033)/, '0');
  if (!/^0[1-9]\d{8}$/.test(national)) return undefined;
  const international = internationalPhone(national);
  return { national, display: national.replace(/(\d{2})(?=\d)/g, '$1 '), international, href: `tel:${international}` };
}
