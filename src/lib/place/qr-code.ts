/**
 * The QR code of a page's address, drawn once at build time as SVG: the printed
 * page carries it, and a phone that scans it opens the page (issue #14 §5).
 * No script in the page, no request to another site.
 */
import QRCode from 'qrcode';

/**
 * `<svg …>` of `url`: level M (about 15 % of the code may be smudged or folded
 * and it still reads), no quiet zone of its own (the style gives the white
 * margin around it). The same address always gives the same drawing.
 */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
}
