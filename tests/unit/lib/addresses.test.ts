import { describe, expect, it } from 'vitest';
import {
  linkProblem,
  mailtoHref,
  sitePathProblem,
  webAddressPattern,
  webAddressProblem,
  webUrl,
} from '../../../src/lib/security/addresses.ts';

const REFUSED = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  '&#106;avascript:alert(1)',
  '//autre-site.example/',
  'https:autre-site.example',
  'https://localhost/',
  'https://www.education.gouv.fr/ page',
  'www.education.gouv.fr',
];
const ACCEPTED = ['https://www.education.gouv.fr/', 'http://www.ac-bordeaux.fr/cid123/x.html?a=1#b', 'HTTPS://WWW.EDUCATION.GOUV.FR'];

describe('web addresses of the fields', () => {
  it.each(REFUSED)('refuses « %s »', (value) => {
    expect(webAddressProblem(value)).toBeDefined();
    expect(new RegExp(webAddressPattern()).test(value)).toBe(false);
  });

  it.each(ACCEPTED)('accepts « %s », and so does the editor’s pattern', (value) => {
    expect(webAddressProblem(value)).toBeUndefined();
    expect(new RegExp(webAddressPattern()).test(value)).toBe(true);
  });

  it('accepts mailto: only where an e-mail fits', () => {
    expect(webAddressProblem('mailto:saio@ac-poitiers.fr')).toMatch(/« mailto: » refusée/);
    expect(webAddressProblem('mailto:saio@ac-poitiers.fr', { mailto: true })).toBeUndefined();
    expect(new RegExp(webAddressPattern({ mailto: true })).test('mailto:saio@ac-poitiers.fr')).toBe(true);
    expect(webAddressProblem('mailto:javascript:alert(1)', { mailto: true })).toBeDefined();
  });

  it('says which schemes are allowed', () => {
    expect(webAddressProblem('file:///etc/passwd')).toBe(
      'adresse « file: » refusée : seules les adresses qui commencent par « https:// » ou « http:// » sont acceptées.',
    );
  });
});

describe('links in Markdown', () => {
  it('lead to the web, an e-mail, a phone or a path of the site', () => {
    for (const url of ['https://x.fr/', 'mailto:a@b.fr', 'tel:+33556000000', '/fiches/gpds/', '#objectifs', '../'])
      expect(linkProblem(url)).toBeUndefined();
    for (const url of ['javascript:x', ' JAVASCRIPT:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'blob:x'])
      expect(linkProblem(url)).toMatch(/^adresse « [a-z]+: » refusée/);
  });
});

describe('paths to files of the site', () => {
  it('start with one « / » and never climb out of public/', () => {
    expect(sitePathProblem('/images/contenu/affiche.pdf')).toBeUndefined();
    for (const path of [
      '//autre.example/x.pdf',
      '/\\autre.example/x.pdf',
      'images/x.pdf',
      '/images/../../package.json',
      '/images/%2e%2e/x',
      '/a b.pdf',
    ])
      expect(sitePathProblem(path)).toBeDefined();
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
