/**
 * The layouts write the Content-Security-Policy of each page in a `<meta>`
 * (src/lib/csp.ts; the editor's page allows more). Hosts that read a `_headers`
 * file (Netlify, Cloudflare Pages) also get it as a real header, which can carry
 * what a `<meta>` cannot: `frame-ancestors` (no framing of the site).
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The page's policy. Astro writes it near the top of `<head>`: the first 16 KB
 * are read, not the whole page (thousands of pages on a large site).
 */
function policyOf(file: string): string | undefined {
  const head = Buffer.alloc(16 * 1024);
  const fd = openSync(file, 'r');
  const length = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return (META.exec(head.toString('utf8', 0, length)) ?? META.exec(readFileSync(file, 'utf8')))?.[1];
}

/** One policy for every page: each directive with the sources of all pages (hashes included). */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies)
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      sources.forEach((s) => set.add(s.replaceAll('&#39;', "'")));
      directives.set(name, set);
    }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export default function securityHeaders({ headerOnly = ["frame-ancestors 'none'"] } = {}): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).flatMap((file) => policyOf(file) ?? []);
        if (policies.length === 0)
          throw new Error(
            'security-headers : aucune page ne porte de Content-Security-Policy (src/layouts/Base.astro l’écrit-il encore ?).',
          );
        const policy = [mergePolicies(policies), ...headerOnly].join('; ');
        const headers = [
          '/*',
          `  Content-Security-Policy: ${policy}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          '  Permissions-Policy: camera=(), microphone=(), payment=()',
          '',
        ].join('\n');
        writeFileSync(join(root, '_headers'), headers);
        logger.info(`_headers écrit (${policies.length} pages)`);
      },
    },
  };
}
