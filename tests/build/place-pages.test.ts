/**
 * A place page a staff member can hand over (issue #14 §5), as built: every
 * dispositif page carries the QR code of its own address, written out under it,
 * and « Partager » links whose message names the place, its phone and its page;
 * all of it without a script.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { modulesOfSvg, modulesOfText } from '../helpers/qr.ts';

const places = builtPages().filter((p) => /^\/dispositifs\/[^/]+\/$/.test(p.path));
const canonicalOf = (page: (typeof places)[number]) => page.root.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const text = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('place pages', () => {
  it('are all counted', () => expect(places.length).toBeGreaterThan(40));

  it('each carry the QR code of their own address, the address written out under it', () => {
    for (const page of places) {
      const url = canonicalOf(page);
      const figure = page.root.querySelector('.place-share .qr-code');
      expect(figure, page.path).toBeTruthy();
      const image = figure!.querySelector('[role="img"]')!;
      expect(image.getAttribute('aria-label'), page.path).toBe('QR code de l’adresse de cette page');
      const svg = image.querySelector('svg')!;
      expect(svg.querySelector('path[stroke]'), page.path).toBeTruthy();
      expect(modulesOfSvg(svg.toString()), page.path).toBe(modulesOfText(url));
      expect(text(figure!.querySelector('.qr-code__url')?.text), page.path).toBe(url);
    }
  });

  it('each share by e-mail and by SMS a message with the name, the phone and the page address', () => {
    for (const page of places) {
      const name = text(page.root.querySelector('h1')?.text);
      const phone = page.root.querySelector('.contact-box .phone')?.text;
      const url = canonicalOf(page);
      const email = page.root.querySelector('.share-links a[href^="mailto:"]')!;
      const sms = page.root.querySelector('.share-links a[href^="sms:"]')!;
      expect(text(email.text), page.path).toBe('Partager par e-mail');
      expect(text(sms.text), page.path).toBe('Partager par SMS');
      const mail = new URL(email.getAttribute('href')!);
      expect(mail.pathname, page.path).toBe(''); // no recipient: the reader chooses
      const body = mail.searchParams.get('body')!;
      const message = decodeURIComponent(sms.getAttribute('href')!.replace(/^sms:\?&body=/, ''));
      for (const shared of [body, message]) {
        expect(shared, page.path).toContain(name);
        expect(shared, page.path).toContain(url);
        if (phone) expect(shared, page.path).toContain(`Téléphone : ${phone}`);
      }
      expect(mail.searchParams.get('subject'), page.path).toContain(name);
    }
  });

  it('name the phone in the message of a page that has one (the check above is not empty)', () => {
    expect(places.filter((p) => p.root.querySelector('.contact-box .phone')).length).toBeGreaterThan(40);
  });

  it('run no script for any of it', () => {
    for (const page of places) {
      const scripts = page.root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(
        scripts.map((s) => s.getAttribute('src') ?? s.rawText.slice(0, 60)),
        page.path,
      ).toEqual([]);
    }
  });
});
