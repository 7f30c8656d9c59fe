/**
 * What is inside an office document. OpenDocument (.odt, .ods) and Office Open
 * XML (.docx, .xlsx) files are ZIP archives: their first bytes say « ZIP », not
 * which document, so the archive's table of contents (its central directory)
 * tells a text from a spreadsheet, and shows whether it carries macros.
 * Specifications: ZIP APPNOTE 4.3.7 and 4.3.16; ODF 1.3 part 2, 3.3 (mimetype).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const CENTRAL_ENTRY = 0x02014b50;

/** The names of the entries of a ZIP file, or undefined when its table of contents cannot be read. */
export function zipEntryNames(path: string): string[] | undefined {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    // The end record (22 bytes) is followed by a comment of at most 65,535 bytes.
    const tail = Buffer.alloc(Math.min(size, 22 + 0xffff));
    readSync(fd, tail, 0, tail.length, size - tail.length);
    const end = tail.lastIndexOf(END_OF_CENTRAL_DIRECTORY);
    if (end < 0 || end + 22 > tail.length) return undefined;
    const count = tail.readUInt16LE(end + 10);
    const length = tail.readUInt32LE(end + 12);
    const offset = tail.readUInt32LE(end + 16);
    // Checked before allocating: a forged record could announce gigabytes.
    if (offset + length > size) return undefined;
    const directory = Buffer.alloc(length);
    readSync(fd, directory, 0, length, offset);
    const names: string[] = [];
    for (let p = 0, i = 0; i < count; i++) {
      if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_ENTRY) return undefined;
      const nameEnd = p + 46 + directory.readUInt16LE(p + 28);
      if (nameEnd > directory.length) return undefined;
      names.push(directory.toString('utf8', p + 46, nameEnd));
      p = nameEnd + directory.readUInt16LE(p + 30) + directory.readUInt16LE(p + 32);
    }
    return names;
  } finally {
    closeSync(fd);
  }
}

export type OfficeKind = 'odt' | 'ods' | 'odp' | 'docx' | 'xlsx' | 'pptx';

const ODF_TYPES: Readonly<Record<string, OfficeKind>> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/** An OpenDocument file starts with an uncompressed entry « mimetype » that names its type. */
function odfType(head: Buffer): string | undefined {
  if (head.length < 30 || head.readUInt16LE(8) !== 0) return undefined;
  const nameEnd = 30 + head.readUInt16LE(26);
  if (head.toString('latin1', 30, nameEnd) !== 'mimetype') return undefined;
  const start = nameEnd + head.readUInt16LE(28);
  return head.toString('latin1', start, start + head.readUInt32LE(18));
}

/** Which office document a ZIP file is, from its first bytes and its entries. */
export function officeKind(head: Buffer, names: readonly string[]): OfficeKind | undefined {
  const odf = ODF_TYPES[odfType(head) ?? ''];
  if (odf) return odf;
  if (!names.includes('[Content_Types].xml')) return undefined;
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  if (names.some((n) => n.startsWith('xl/'))) return 'xlsx';
  if (names.some((n) => n.startsWith('ppt/'))) return 'pptx';
  return undefined;
}

/**
 * The first entry that holds macros, code the office suite may run when the
 * document opens: a VBA project (Office), a Basic module or a script (OpenDocument;
 * `script-lb.xml` and `dialog-lb.xml` only list a library's modules).
 */
export function macroEntry(names: readonly string[]): string | undefined {
  return names.find(
    (n) =>
      /(?:^|\/)vbaProject\.bin$/i.test(n) ||
      /^Basic\/[^/]+\/(?!script-lb\.xml$|dialog-lb\.xml$)[^/]+$/.test(n) ||
      /^Scripts\/.*[^/]$/.test(n),
  );
}
