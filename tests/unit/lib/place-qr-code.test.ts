import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from '../../../src/lib/place/qr-code.ts';
import { modulesOfSvg, modulesOfText } from '../../helpers/qr.ts';

const url = 'https://perseverance.example.fr/dispositifs/micro-lycee-talence/';

describe('qrCodeSvg', () => {
  it('draws an SVG image: a viewBox, a white background, the dark modules as one path', async () => {
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(svg).toContain('<path fill="#ffffff"');
    expect(svg).toMatch(/<path stroke="#000000" d="M0 0\.5h7/); // the top-left finder pattern, seven modules wide
    expect(svg).not.toMatch(/<script|on\w+=/i);
  });

  it('encodes the address it is given, at level M', async () => {
    expect(modulesOfSvg(await qrCodeSvg(url))).toBe(modulesOfText(url));
    expect(modulesOfSvg(await qrCodeSvg(url))).not.toBe(modulesOfText(url.replace('talence', 'agen')));
  });

  it('draws the same address the same way every time (the build is reproducible)', async () => {
    expect(await qrCodeSvg(url)).toBe(await qrCodeSvg(url));
  });
});
