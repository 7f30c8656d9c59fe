/** The e-mail renderer (src/lib/email/): a document of blocks written as e-mail HTML and as plain text. */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { urlResolver, type Block, type EmailDocument } from '../../../src/lib/email/document.ts';
import { blocksFromHtml } from '../../../src/lib/email/from-html.ts';
import { emailHtml } from '../../../src/lib/email/html.ts';
import { emailText, wrap } from '../../../src/lib/email/text.ts';

const ROOT = 'https://site.example/base/';
const PAGE = `${ROOT}semaine/bulletins/jour/`;
const POLICY = "default-src 'none'";

const doc = (blocks: Block[] = [], title = 'Bulletin du 3 février 2031'): EmailDocument => ({
  lang: 'fr',
  title,
  kicker: 'Académie de Bordeaux · édition 2031',
  blocks,
  footer: {
    academie: 'Académie de Bordeaux',
    unsubscribe: 'Pour ne plus recevoir ce message, répondez à son expéditeur.',
    online: { text: 'Lire ce message sur le site', href: PAGE },
    site: { text: 'Persévérance scolaire', href: ROOT },
  },
});

describe('the e-mail HTML', () => {
  const hostile = 'Titre <b>gras</b> & "cité" \'simple\'';

  it('escapes what it is given: titles, texts, link texts and addresses', () => {
    const html = emailHtml(
      doc(
        [
          { kind: 'heading', level: 2, text: hostile },
          { kind: 'items', items: [{ title: hostile, href: 'https://a.example/?x=1&y="2"', line: '<i>ligne</i>' }] },
          { kind: 'paragraph', content: [{ kind: 'link', href: 'https://a.example/', content: [hostile] }] },
        ],
        hostile,
      ),
      { policy: POLICY },
    );
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    const root = parse(html);
    for (const selector of ['title', 'h1', 'h2', 'li a', '.content p a']) {
      expect(root.querySelector(selector)?.text, selector).toBe(hostile);
      expect(root.querySelector(selector)?.childNodes, selector).toHaveLength(1);
    }
    expect(root.querySelector('.item-line')?.text).toBe('<i>ligne</i>');
    expect(html).toContain('href="https://a.example/?x=1&amp;y=&quot;2&quot;"');
  });

  it('inlines its styles and keeps no <style>, script or stylesheet', () => {
    const html = emailHtml(doc([{ kind: 'paragraph', content: ['Bonjour'] }]), { policy: POLICY });
    const root = parse(html);
    expect(root.querySelectorAll('style, script, link')).toHaveLength(0);
    expect(root.querySelector('body')?.getAttribute('style')).toMatch(/font-size: 16px/);
    expect(root.querySelector('.content p')?.getAttribute('style')).toMatch(/font-size: 16px; line-height: 1.5/);
    expect(root.querySelector('.container')?.getAttribute('style')).toMatch(/max-width: 600px/);
    expect(root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content')).toBe(POLICY);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('fr');
  });

  it('links an item to its page when it has one, and writes the editor’s words under it', () => {
    const root = parse(
      emailHtml(
        doc([
          {
            kind: 'items',
            items: [
              { title: 'Une fiche', href: 'https://a.example/fiche/', line: 'Son résumé', text: 'Le mot de l’équipe.' },
              { title: 'Un élément libre', text: 'Sans lien.' },
            ],
          },
        ]),
        { policy: POLICY },
      ),
    );
    const [linked, free] = root.querySelectorAll('.content li');
    expect(linked?.querySelector('a')?.getAttribute('href')).toBe('https://a.example/fiche/');
    expect(linked?.text).toBe('Une fiche\nSon résumé\nLe mot de l’équipe.');
    expect(free?.querySelector('a')).toBeNull();
    expect(free?.querySelector('strong')?.text).toBe('Un élément libre');
  });

  it('refuses an address a mail program could not follow, rather than mail a broken link', () => {
    for (const href of ['/fiches/gpds/', '#suite', 'javascript:alert(1)', 'fiche.html'])
      expect(() => emailHtml(doc([{ kind: 'button', text: 'Lire', href }]), { policy: POLICY }), href).toThrow(/n’est pas absolue/);
    expect(() =>
      emailHtml(doc([{ kind: 'paragraph', content: [{ kind: 'image', src: '/images/a.png', alt: 'Une image' }] }]), { policy: POLICY }),
    ).toThrow(/« \/images\/a.png » n’est pas absolue/);
  });
});

describe('a Markdown body read into blocks', () => {
  const resolve = urlResolver(ROOT, PAGE);

  it('resolves paths from the site’s root (with its base path), fragments from the page, and keeps absolute addresses', () => {
    expect(resolve('/fiches/gpds/')).toBe(`${ROOT}fiches/gpds/`);
    expect(resolve('#suite')).toBe(`${PAGE}#suite`);
    expect(resolve('https://autre.example/page')).toBe('https://autre.example/page');
    expect(resolve('mailto:service@ac-bordeaux.fr')).toBe('mailto:service@ac-bordeaux.fr');
  });

  it('keeps paragraphs, headings, lists, links and images, with their alternative text', () => {
    const blocks = blocksFromHtml(
      '<p>Voir <a href="/fiches/gpds/">la <strong>fiche</strong></a>\net <abbr title="groupe">GPDS</abbr>.</p>\n<h2>Suite</h2>\n<ul>\n<li>un</li>\n<li>deux</li>\n</ul>\n<p><img src="/images/affiche.png" alt="Une affiche"></p>',
      resolve,
    );
    expect(blocks).toEqual([
      {
        kind: 'paragraph',
        content: [
          'Voir ',
          { kind: 'link', href: `${ROOT}fiches/gpds/`, content: ['la ', { kind: 'strong', content: ['fiche'] }] },
          ' et ',
          'GPDS',
          '.',
        ],
      },
      { kind: 'heading', level: 2, text: 'Suite' },
      { kind: 'list', ordered: false, items: [['un'], ['deux']] },
      { kind: 'paragraph', content: [{ kind: 'image', src: `${ROOT}images/affiche.png`, alt: 'Une affiche' }] },
    ]);
  });

  it('drops what never reaches a reader as text, and every attribute but addresses and alternative texts', () => {
    const blocks = blocksFromHtml(
      '<p class="x" style="color:red" onclick="f()">Texte<script>alert(1)</script></p><style>p{}</style>',
      resolve,
    );
    expect(blocks).toEqual([{ kind: 'paragraph', content: ['Texte'] }]);
  });
});

describe('the plain text', () => {
  it('wraps at 72 columns, at ordinary spaces only, and leaves a long address whole', () => {
    const words = 'la persévérance scolaire '.repeat(10).trim();
    for (const line of wrap(words)) expect([...line].length).toBeLessThanOrEqual(72);
    expect(wrap(words).join(' ')).toBe(words);
    expect(wrap(`${'a '.repeat(34)}ligne\u00a0:`)).toEqual([`${'a '.repeat(34)}`.trimEnd(), 'ligne\u00a0:']);
    const long = `<https://site.example/${'x'.repeat(80)}>`;
    expect(wrap(`voir ${long}`)).toEqual(['voir', long]);
    expect(wrap('un point assez long pour tenir sur deux lignes', 20, '- ', '  ')).toEqual([
      '- un point assez',
      '  long pour tenir',
      '  sur deux lignes',
    ]);
  });

  it('underlines the title and headings, writes links out after their text, lists with bullets', () => {
    const text = emailText(
      doc([
        { kind: 'heading', level: 2, text: 'Ressources en ligne' },
        {
          kind: 'paragraph',
          content: [
            'Écrire au ',
            { kind: 'link', href: 'mailto:service@ac-bordeaux.fr', content: ['service'] },
            ' ou ',
            { kind: 'link', href: 'https://a.example/', content: ['https://a.example/'] },
            '.',
          ],
        },
        {
          kind: 'items',
          items: [
            { title: 'Une action', href: 'https://a.example/action/', line: 'Lycée, Périgueux (Dordogne)' },
            { title: 'Un élément libre', text: 'Son texte.' },
          ],
        },
        { kind: 'list', ordered: true, items: [['un'], ['deux']] },
        { kind: 'button', text: 'Toute l’édition 2031', href: 'https://a.example/2031/' },
      ]),
    );
    expect(text).toBe(
      [
        'Académie de Bordeaux · édition 2031',
        '',
        'Bulletin du 3 février 2031',
        '==========================',
        '',
        'Ressources en ligne',
        '-------------------',
        '',
        'Écrire au service <service@ac-bordeaux.fr> ou <https://a.example/>.',
        '',
        '- Une action',
        '  Lycée, Périgueux (Dordogne)',
        '  <https://a.example/action/>',
        '- Un élément libre',
        '  Son texte.',
        '',
        '1. un',
        '2. deux',
        '',
        'Toute l’édition 2031\u00a0: <https://a.example/2031/>',
        '',
        '-'.repeat(72),
        'Académie de Bordeaux · Persévérance scolaire',
        '<https://site.example/base/>',
        'Pour ne plus recevoir ce message, répondez à son expéditeur.',
        'Lire ce message sur le site\u00a0:',
        '<https://site.example/base/semaine/bulletins/jour/>',
        '',
      ].join('\n'),
    );
  });
});
