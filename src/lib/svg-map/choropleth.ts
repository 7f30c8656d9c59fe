/**
 * The shades of the départements map: five classes of « how many solutions »,
 * light to dark. Fixed bounds, so the legend does not move when one entry is
 * added. The count is always written too: colour never carries it alone
 * (RGAA criterion 3.1). Pure: its sentences are read through the translator it is given.
 */
import type { T } from '../../i18n/dictionaries.ts';

export interface ShadeClass {
  min: number;
  /** Inclusive; none for the last class. */
  max?: number;
  fill: string;
  /**
   * Its départements' borders: dark on light fills, white on dark ones, at
   * least 3:1 against the fill (RGAA 3.3); the darker are drawn last, so a
   * border between two classes takes the darker one's.
   */
  border: string;
  /** Colour of the count written on the fill: contrast at least 4.5:1 (RGAA 3.2). */
  text: string;
}

export const SHADE_CLASSES: readonly ShadeClass[] = [
  { min: 0, max: 0, fill: '#eef0f4', border: '#4a4a4a', text: '#1e1e1e' },
  { min: 1, max: 4, fill: '#c6d6ee', border: '#4a4a4a', text: '#1e1e1e' },
  { min: 5, max: 9, fill: '#86a9da', border: '#4a4a4a', text: '#1e1e1e' },
  { min: 10, max: 19, fill: '#3a67ad', border: '#ffffff', text: '#ffffff' },
  { min: 20, fill: '#1f3c88', border: '#ffffff', text: '#ffffff' },
];

export function shadeOf(count: number): ShadeClass {
  return SHADE_CLASSES.findLast((c) => count >= c.min)!;
}

/** What the legend says for a class: « De 1 à 4 solutions », « 20 solutions ou plus ». */
export function classLabel(t: T, { min, max }: ShadeClass): string {
  if (max === 0) return t('choropleth.none');
  if (max === undefined) return t('choropleth.atLeast', { count: min });
  return min === max ? t('choropleth.exactly', { count: min }) : t('choropleth.range', { min, count: max });
}

/** WCAG relative luminance of « #rrggbb ». */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two « #rrggbb » colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
