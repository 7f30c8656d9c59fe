import { describe, expect, it } from 'vitest';
import { isExternalHref, withExternalRel } from '../../../src/lib/security/external-links.ts';

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
  /** Markdown as the site renders it: raw HTML parsed into elements (astro.config.mjs). */
  const render = async (markdown: string) => {
    const { markdownToHtml } = await import('satteri');
    const { externalLinksPlugin } = await import('../../../src/integrations/external-links.ts');
    const { html } = markdownToHtml(markdown, {
      hastPlugins: [externalLinksPlugin('https://perseverance.example/')],
      features: { rawHtml: true },
    });
    return html;
  };

  it('adds noopener noreferrer to Markdown links to another host only', async () => {
    const html = await render('[ext](https://www.education.gouv.fr/) [int](/fiches/) [abs](https://perseverance.example/fiches/)');
    expect(html).toContain('<a href="https://www.education.gouv.fr/" rel="noopener noreferrer">ext</a>');
    expect(html).toContain('<a href="/fiches/">int</a>');
    expect(html).toContain('<a href="https://perseverance.example/fiches/">abs</a>');
  });

  it('adds them to raw HTML links too, keeping their own rel', async () => {
    const html = await render('Voir <a href="https://x.fr/" rel="license">la licence</a>.\n\n<p><a href="https://y.fr/">bloc</a></p>');
    expect(html).toContain('<a href="https://x.fr/" rel="license noopener noreferrer">la licence</a>');
    expect(html).toContain('<a href="https://y.fr/" rel="noopener noreferrer">bloc</a>');
  });

  it('adds them to a link with a target, even to a page of this site', async () => {
    const html = await render(
      'Une <a href="/fiches/gpds/" target="_blank">fiche</a>, une <a href="/carte/" target=carte>carte</a>, [sans cible](/fiches/).',
    );
    expect(html).toContain('<a href="/fiches/gpds/" target="_blank" rel="noopener noreferrer">fiche</a>');
    expect(html).toContain('<a href="/carte/" target="carte" rel="noopener noreferrer">carte</a>');
    expect(html).toContain('<a href="/fiches/">sans cible</a>');
  });
});
