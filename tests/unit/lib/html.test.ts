import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/lib/format/html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>A & B</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;');
  });

  it('leaves other text, accents included, as it is', () => {
    expect(escapeHtml('Micro-lycée d’Agen · 05 53 74 49 00')).toBe('Micro-lycée d’Agen · 05 53 74 49 00');
  });
});
