import { describe, expect, it } from 'vitest';
import { isExternalHref, withExternalRel } from '../../../src/lib/html-safety.ts';

describe('external links', () => {
  const site = 'https://perseverance.example/';
  it('are those to another host', () => {
    expect(isExternalHref('https://www.education.gouv.fr/', site)).toBe(true);
    expect(isExternalHref('//www.education.gouv.fr/', site)).toBe(true);
    expect(isExternalHref('https://perseverance.example/fiches/', site)).toBe(false);
    expect(isExternalHref('/fiches/', site)).toBe(false);
    expect(isExternalHref('mailto:a@b.fr', site)).toBe(false);
  });
  it('keep their rel and gain noopener noreferrer', () => {
    expect(withExternalRel('license')).toEqual(['license', 'noopener', 'noreferrer']);
    expect(withExternalRel(['noopener'])).toEqual(['noopener', 'noreferrer']);
  });
});

describe('external-links hast plugin', () => {
  it('adds noopener noreferrer to Markdown links to another host only', async () => {
    const { markdownToHtml } = await import('satteri');
    const { externalLinksPlugin } = await import('../../../src/integrations/external-links.ts');
    const result = await markdownToHtml(
      '[ext](https://www.education.gouv.fr/) [int](/fiches/) <a href="https://x.fr/" rel="license">h</a>',
      {
        hastPlugins: [externalLinksPlugin('https://perseverance.example/')],
      },
    );
    const html = typeof result === 'string' ? result : ((result as { html?: string; code?: string }).html ?? String(result));
    expect(html).toContain('<a href="https://www.education.gouv.fr/" rel="noopener noreferrer">ext</a>');
    expect(html).toContain('<a href="/fiches/">int</a>');
  });
});
