/**
 * What a file really is, from its first bytes, so that a message can say
 * « this .png is an HTML page » and, when the content is an accepted format
 * under the wrong extension, which extension to give it.
 */
import { ftypBrands, MEDIA_FORMATS, type MediaExtension } from './formats.ts';
import { officeKind, type OfficeKind } from './office.ts';

export interface Sniffed {
  /** « une page HTML », « une image JPEG ». */
  label: string;
  /** The accepted extension for this content, when there is one. */
  extension?: MediaExtension;
}

/** Formats told apart by their first bytes alone, in the order they are tried. */
const BY_MAGIC = ['png', 'jpg', 'gif', 'webp', 'avif', 'pdf'] as const satisfies readonly MediaExtension[];

const OFFICE: Readonly<Record<OfficeKind, Sniffed>> = {
  odt: { label: MEDIA_FORMATS.odt.label, extension: 'odt' },
  ods: { label: MEDIA_FORMATS.ods.label, extension: 'ods' },
  docx: { label: MEDIA_FORMATS.docx.label, extension: 'docx' },
  xlsx: { label: MEDIA_FORMATS.xlsx.label, extension: 'xlsx' },
  odp: { label: 'une présentation OpenDocument (ODP)' },
  pptx: { label: 'une présentation PowerPoint (PPTX)' },
};

function sniffText(head: Buffer): Sniffed {
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(?:!doctype html|html|head|body)\b/.test(text) || /<(?:script|iframe|body)\b/.test(text)) return { label: 'une page HTML' };
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg\b/.test(text)) return { label: MEDIA_FORMATS.svg.label, extension: 'svg' };
  if (text.startsWith('<')) return { label: 'un fichier XML ou HTML' };
  return { label: 'du texte (un script, des données ?)' };
}

/** What `head` (a file's first bytes) is; `zipNames` are the entries when it is a ZIP archive. */
export function sniff(head: Buffer, zipNames: readonly string[] | undefined): Sniffed {
  const extension = BY_MAGIC.find((e) => MEDIA_FORMATS[e].magic(head));
  if (extension) return { label: MEDIA_FORMATS[extension].label, extension };
  if (ftypBrands(head).some((b) => /^(?:heic|heix|heim|heis|mif1)$/.test(b))) return { label: 'une image HEIC (format des iPhone)' };
  if (MEDIA_FORMATS.docx.magic(head)) {
    const kind = zipNames && officeKind(head, zipNames);
    return kind ? OFFICE[kind] : { label: 'une archive ZIP' };
  }
  if (head.subarray(0, 2).toString('latin1') === 'MZ' || head.subarray(0, 4).toString('latin1') === '\x7FELF')
    return { label: 'un programme' };
  // Text has no NUL byte; binary formats nearly always do in their first kilobytes.
  if (!head.includes(0)) return sniffText(head);
  return { label: 'un contenu que le vérificateur ne reconnaît pas' };
}
