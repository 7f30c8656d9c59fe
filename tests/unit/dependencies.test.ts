/**
 * A fresh clone installs only what package.json declares: every package that the
 * code, the tests and the scripts import must be there (a package present in
 * node_modules by accident would pass here and fail in CI).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

const declared = new Set(
  Object.keys({
    ...JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).devDependencies,
    ...JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).dependencies,
  }),
);
/** Provided by Astro or Node at run time, not by a package of their own. */
const PROVIDED = new Set(['astro', 'astro:content', 'astro:middleware', 'astro:assets', 'virtual']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'fixtures') return [];
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** « @scope/name/sub » → « @scope/name »; « name/sub » → « name ». */
const packageOf = (specifier: string) =>
  (specifier.startsWith('@') ? specifier.split('/').slice(0, 2) : specifier.split('/').slice(0, 1)).join('/');

describe('dependencies', () => {
  it('declares every package the project imports', () => {
    const imported = new Map<string, string>();
    const files = [
      ...sources(join(ROOT, 'src')),
      ...sources(join(ROOT, 'tests')),
      ...sources(join(ROOT, 'scripts')),
      join(ROOT, 'astro.config.mjs'),
      join(ROOT, 'vitest.config.ts'),
    ];
    for (const file of files) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
        /(?:^|\n)\s*import\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"./][^'"]*)['"]\s*\)/g,
      )) {
        if (!specifier || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
        const name = packageOf(specifier);
        if (builtinModules.includes(name) || PROVIDED.has(name) || name.startsWith('astro:')) continue;
        imported.set(name, file.slice(ROOT.length + 1));
      }
    }
    const missing = [...imported].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
