/** Reads a built site's `_headers` as Netlify and Cloudflare Pages apply it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  path: string;
  pattern: RegExp;
  headers: [string, string][];
}

/** The rules, in order: their path pattern and their headers. */
export function headerRules(dist: string): HeaderRule[] {
  return readFileSync(join(dist, '_headers'), 'utf8')
    .trim()
    .split('\n\n')
    .map((block) => {
      const [path, ...lines] = block.split('\n');
      const headers = lines.map((line) => line.trim().split(/: (.*)/s) as [string, string]);
      // `*` matches anything, a placeholder (`:p1`) one path segment, the rest is literal.
      const pattern = new RegExp(
        `^${path!
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replaceAll('*', '.*')
          .replace(/:[A-Za-z]\w*/g, '[^/]+')}$`,
      );
      return { path: path!, pattern, headers };
    });
}

/** The Content-Security-Policy headers every rule matching `path` sends: exactly one is right. */
export const policiesFor = (rules: readonly HeaderRule[], path: string) =>
  rules.filter((rule) => rule.pattern.test(path)).flatMap((rule) => rule.headers.filter(([name]) => name === 'Content-Security-Policy'));
