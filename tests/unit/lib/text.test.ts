import { describe, expect, it } from 'vitest';
import { joinFrench, levenshtein, normalizeName, slugify } from '../../../src/lib/format/text.ts';

describe('normalizeName', () => {
  it('ignores accents and case', () => {
    expect(normalizeName('Sarlat-la-Canéda')).toBe('sarlat la caneda');
    expect(normalizeName('SARLAT LA CANEDA')).toBe('sarlat la caneda');
    expect(normalizeName('Saint-Paul-lès-Dax')).toBe(normalizeName('ST PAUL LES DAX'));
  });

  it('reads hyphens, straight and curly apostrophes as spaces', () => {
    expect(normalizeName('Villeneuve-sur-Lot')).toBe('villeneuve sur lot');
    expect(normalizeName("Saint-Jean-d'Angély")).toBe('saint jean d angely');
    expect(normalizeName('Saint-Jean-d’Angély')).toBe('saint jean d angely');
  });

  it('spells out « St » and « Ste » as whole words only', () => {
    expect(normalizeName('St-Émilion')).toBe('saint emilion');
    expect(normalizeName('ST. EMILION')).toBe('saint emilion');
    expect(normalizeName('Ste-Foy-la-Grande')).toBe('sainte foy la grande');
    expect(normalizeName('OLORON-STE-MARIE')).toBe('oloron sainte marie');
    expect(normalizeName('Stade')).toBe('stade');
    expect(normalizeName('Ouest')).toBe('ouest');
  });

  it('expands the ligatures œ and æ', () => {
    expect(normalizeName('Œuvre')).toBe('oeuvre');
    expect(normalizeName('Lætitia')).toBe('laetitia');
  });

  it('drops other punctuation, squeezes and trims spaces, keeps the slash of « VILLENEUVE/LOT »', () => {
    expect(normalizeName('  PARENTIS   EN B.  ')).toBe('parentis en b');
    expect(normalizeName('« Lycée »')).toBe('lycee');
    expect(normalizeName('VILLENEUVE/LOT')).toBe('villeneuve/lot');
  });
});

describe('levenshtein', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'agen')).toBe(4);
    expect(levenshtein('agen', '')).toBe(4);
    expect(levenshtein('terrasson', 'terrasson lavilledieu')).toBe(12);
    expect(levenshtein('abc', 'acb')).toBe(2);
  });

  it('is zero for equal strings and symmetric', () => {
    expect(levenshtein('bergerac', 'bergerac')).toBe(0);
    expect(levenshtein('generac', 'bergerac')).toBe(levenshtein('bergerac', 'generac'));
  });
});

describe('joinFrench', () => {
  it('joins with commas and « et » before the last item', () => {
    expect(joinFrench([])).toBe('');
    expect(joinFrench(['Dordogne'])).toBe('Dordogne');
    expect(joinFrench(['Dordogne', 'Gironde'])).toBe('Dordogne et Gironde');
    expect(joinFrench(['Dordogne', 'Gironde', 'Landes'])).toBe('Dordogne, Gironde et Landes');
  });
});

describe('slugify', () => {
  it('makes lower-case ASCII words joined by single hyphens', () => {
    expect(slugify('Lycée V. Louis')).toBe('lycee-v-louis');
    expect(slugify("Saint-Jean-d'Angély")).toBe('saint-jean-d-angely');
    expect(slugify('Micro-lycée  de   Talence')).toBe('micro-lycee-de-talence');
  });

  it('turns slashes into hyphens and leaves none at the ends', () => {
    expect(slugify('VILLENEUVE/LOT')).toBe('villeneuve-lot');
    expect(slugify('Prévention / remédiation')).toBe('prevention-remediation');
    expect(slugify('« Micro-lycée »')).toBe('micro-lycee');
  });
});
