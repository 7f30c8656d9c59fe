/** Reads the built site: every HTML page, parsed once. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { EMAIL_FILES } from '../../src/lib/paths.ts';
import { DIST } from './paths.ts';

export interface BuiltPage {
  /** URL path, « /fiches/gpds/ ». */
  path: string;
  file: string;
  html: string;
  root: HTMLElement;
}

/** The e-mail versions (`courriel.html`) are messages, not pages of the site: tests/build/email.test.ts checks them. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') && name !== EMAIL_FILES.html ? [path] : [];
  });
}

/** « dist/fiches/gpds/index.html » → « /fiches/gpds/ »; « dist/404.html » → « /404.html ». */
function urlPath(file: string): string {
  const rel = relative(DIST, file).split(sep).join('/');
  return '/' + rel.replace(/(^|\/)index\.html$/, '$1');
}

let cache: BuiltPage[] | undefined;
export function builtPages(root = DIST): BuiltPage[] {
  if (root === DIST && cache) return cache;
  const pages = htmlFiles(root).map((file) => {
    const html = readFileSync(file, 'utf8');
    return { path: urlPath(file), file, html, root: parse(html) };
  });
  if (root === DIST) cache = pages;
  return pages;
}
