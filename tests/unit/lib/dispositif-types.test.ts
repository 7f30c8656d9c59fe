import { describe, expect, it } from 'vitest';
import { DISPOSITIF_TYPES, typeClass, typeStylesheet } from '../../../src/lib/dispositif-types.ts';

describe('the kinds’ stylesheet', () => {
  it('gives each kind a class that carries its colour', () => {
    const css = typeStylesheet();
    for (const [id, { colour }] of Object.entries(DISPOSITIF_TYPES))
      expect(css).toContain(`.${typeClass(id)} {\n  --type-colour: ${colour};\n}`);
    expect(typeClass('micro-lycee')).toBe('type-micro-lycee');
  });
});
