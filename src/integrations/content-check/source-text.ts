/**
 * The bytes of a content file as text: UTF-8 or refused, and no invisible
 * control character. A Latin-1 file would build a page that shows
 * « Micro-lyc� », and a U+0001 in a name makes the RSS feed unreadable.
 */
import { isUtf8 } from 'node:buffer';

/** The line (from 1) where `bytes` stop being UTF-8, or undefined when they are UTF-8. */
export function firstNonUtf8Line(bytes: Buffer): { line: number; latin1: string } | undefined {
  if (isUtf8(bytes)) return undefined;
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end < 0 ? bytes.length : end);
    // A line cut inside a multi-byte character cannot happen: 0x0A is never part of one.
    if (!isUtf8(slice)) return { line, latin1: new TextDecoder('windows-1252').decode(slice).trim() };
    if (end < 0) return { line, latin1: '' };
    start = end + 1;
  }
}

/**
 * Characters that show nothing and break readers: C0 controls but tab and line
 * feed (a carriage return only before a line feed, as Windows writes lines),
 * DEL and the C1 controls, and the bidirectional overrides that make a text
 * read otherwise than it is stored (« Trojan Source », CVE-2021-42574).
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]|\r(?!\n)/gu;

export interface ControlCharacter {
  /** Offset in the text. */
  offset: number;
  line: number;
  /** « U+0001 ». */
  codePoint: string;
}

export function controlCharacters(text: string): ControlCharacter[] {
  const found: ControlCharacter[] = [];
  for (const match of text.matchAll(CONTROL)) {
    const line = text.slice(0, match.index).split('\n').length;
    found.push({ offset: match.index, line, codePoint: `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  }
  return found;
}

/** The text with those characters removed, so that the rest of the file can still be checked. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}
