import { describe, expect, it } from 'vitest';
import { findUnsafeHtml, isExternalHref, mailtoHref, refusedScheme, webUrl, withExternalRel } from '../../../src/lib/html-safety.ts';

const constructs = (html: string) => findUnsafeHtml(html).map((f) => f.construct);

describe('findUnsafeHtml', () => {
  it('reads HTML as a browser does: case, entities, attributes without quotes', () => {
    expect(constructs('<ScRiPt>alert(1)</sCrIpT>')).toEqual(['<script>']);
    expect(constructs('<img src=x OnError=alert(1)>')).toEqual(['onerror=']);
    expect(constructs('<a href="&#106;ava&#x0A;script:alert(1)">x</a>')).toEqual(['javascript: (attribut « href »)']);
    expect(constructs('<svg><a xlink:href="javascript:x"></a></svg>')).toEqual(['<svg>', 'javascript: (attribut « xlinkhref »)']);
    expect(constructs('<button formaction="vbscript:x">b</button>')).toEqual(['vbscript: (attribut « formaction »)']);
  });

  it('lets formatting and ordinary links through', () => {
    expect(constructs('a<br><strong>b</strong><em>c</em><sup>er</sup><abbr title="t">CIO</abbr><a href="https://x.fr/">l</a>')).toEqual([]);
    expect(constructs('<img src="data:image/png;base64,AAAA" alt="">')).toEqual([]);
  });
});

describe('refusedScheme', () => {
  it('refuses javascript:, vbscript: and data: but raster images', () => {
    expect(refusedScheme(' \tJavaScript:alert(1)')).toBe('javascript');
    expect(refusedScheme('data:image/png;base64,AA', { image: true })).toBeUndefined();
    expect(refusedScheme('data:image/svg+xml,<svg/>', { image: true })).toBe('data');
    expect(refusedScheme('data:image/png;base64,AA')).toBe('data');
    expect(refusedScheme('https://www.education.gouv.fr/')).toBeUndefined();
    expect(refusedScheme('/fiches/gpds/')).toBeUndefined();
  });
});

describe('webUrl', () => {
  it('keeps http and https addresses and drops every other scheme', () => {
    expect(webUrl('https://lycee.example.fr/')).toBe('https://lycee.example.fr/');
    expect(webUrl(' http://lycee.example.fr')).toBe('http://lycee.example.fr');
    expect(webUrl('java\tscript:alert(1)')).toBeUndefined();
    expect(webUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(webUrl('mailto:a@example.fr')).toBeUndefined();
    expect(webUrl('/fiches/')).toBeUndefined();
    expect(webUrl(undefined)).toBeUndefined();
  });
});

describe('mailtoHref', () => {
  it('links one plain address, and nothing that would add to the message', () => {
    expect(mailtoHref('saio@ac-poitiers.fr')).toBe('mailto:saio@ac-poitiers.fr');
    expect(mailtoHref('a@example.fr?cc=b@example.fr&body=x')).toBeUndefined();
    expect(mailtoHref('javascript:alert(1)//@example.fr')).toBeUndefined();
    expect(mailtoHref('pas une adresse')).toBeUndefined();
    expect(mailtoHref(undefined)).toBeUndefined();
  });
});

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
