/**
 * The files a coordinator may put in the media folder, read by the content
 * checker (src/integrations/content-check/media.ts) and the CMS configuration.
 * Only what a page can show (images) or offer to download (documents): anything
 * a browser could run or render as a page stays out, because everything under
 * public/ is published as is, at the site's own address.
 */

/** Where the CMS writes uploads, from the project root; published at MEDIA_PUBLIC_PATH. */
export const MEDIA_FOLDER = 'public/images/contenu';
export const MEDIA_PUBLIC_PATH = '/images/contenu';

/** 10 MiB: pages must stay light on a cheap phone and a slow connection. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;

export interface MediaFormat {
  /** « une image PNG », for messages. */
  label: string;
  kind: 'image' | 'document';
  /** True when the file's first bytes are those of this format (its « magic number »). */
  magic: (head: Buffer) => boolean;
}

const startsWith =
  (...signatures: string[]) =>
  (head: Buffer) =>
    signatures.some((s) => head.subarray(0, s.length).equals(Buffer.from(s, 'latin1')));

const at = (head: Buffer, offset: number, text: string) => head.toString('latin1', offset, offset + text.length) === text;

/** The brands of an ISO BMFF file's `ftyp` box (HEIF, AVIF): the major brand, then the compatible ones. */
export function ftypBrands(head: Buffer): string[] {
  if (head.length < 16 || !at(head, 4, 'ftyp')) return [];
  const end = Math.min(head.readUInt32BE(0), head.length);
  const brands = [head.toString('latin1', 8, 12)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(head.toString('latin1', i, i + 4));
  return brands;
}

const JPEG = { label: 'une image JPEG', kind: 'image', magic: startsWith('\xFF\xD8\xFF') } as const;
/** OpenDocument and Office Open XML files are ZIP archives; media.ts looks inside. */
const ZIP = startsWith('PK\x03\x04');

export const MEDIA_FORMATS = {
  png: { label: 'une image PNG', kind: 'image', magic: startsWith('\x89PNG\r\n\x1A\n') },
  jpg: JPEG,
  jpeg: JPEG,
  gif: { label: 'une image GIF', kind: 'image', magic: startsWith('GIF87a', 'GIF89a') },
  webp: { label: 'une image WebP', kind: 'image', magic: (head) => at(head, 0, 'RIFF') && at(head, 8, 'WEBP') },
  avif: { label: 'une image AVIF', kind: 'image', magic: (head) => ftypBrands(head).some((b) => b === 'avif' || b === 'avis') },
  // Text, perhaps after a byte order mark: svg-safety.ts reads it all (and wants UTF-8); a binary file is caught here.
  svg: {
    label: 'une image SVG',
    kind: 'image',
    magic: (head) => /^(?:\xEF\xBB\xBF|\xFF\xFE|\xFE\xFF)?\s*</.test(head.toString('latin1', 0, 64)),
  },
  pdf: { label: 'un document PDF', kind: 'document', magic: startsWith('%PDF-') },
  odt: { label: 'un texte OpenDocument (ODT)', kind: 'document', magic: ZIP },
  ods: { label: 'un classeur OpenDocument (ODS)', kind: 'document', magic: ZIP },
  docx: { label: 'un document Word (DOCX)', kind: 'document', magic: ZIP },
  xlsx: { label: 'un classeur Excel (XLSX)', kind: 'document', magic: ZIP },
} as const satisfies Record<string, MediaFormat>;

export type MediaExtension = keyof typeof MEDIA_FORMATS;
export const MEDIA_EXTENSIONS = Object.keys(MEDIA_FORMATS) as MediaExtension[];

export function isMediaExtension(extension: string): extension is MediaExtension {
  return Object.hasOwn(MEDIA_FORMATS, extension);
}
