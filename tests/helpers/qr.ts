/**
 * Reads back a QR code drawn as SVG by the `qrcode` package (src/lib/place/qr-code.ts):
 * the dark modules its path draws, to compare with the modules that package's
 * encoder gives for an address. No decoder: the same encoder, two ways.
 */
import QRCode from 'qrcode';

/** The dark modules of `svg`, row by row, as « 1 » and « 0 », from its `stroke` path (`M x y`, `m dx 0`, `h n`). */
export function modulesOfSvg(svg: string): string {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const d = /<path stroke="[^"]*" d="([^"]*)"/.exec(svg)?.[1];
  if (!size || d === undefined) throw new Error(`Pas un QR code du paquet qrcode : ${svg.slice(0, 80)}`);
  const cells = new Array<string>(size * size).fill('0');
  let x = 0;
  let row = 0;
  for (const [, command, args] of d.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const [a = 0, b = 0] = args!.trim().split(/\s+/).map(Number);
    if (command === 'M') [x, row] = [a, b - 0.5];
    else if (command === 'm') x += a;
    else for (const end = x + a; x < end; x++) cells[row * size + x] = '1';
  }
  return cells.join('');
}

/** The modules the `qrcode` encoder gives for `text` at level M, in the same form. */
export function modulesOfText(text: string): string {
  return [...QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.data].map((dark) => (dark ? '1' : '0')).join('');
}
