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
/** Provided by Astro or Node at run time, not by a package of their own (and `virtual:` modules, by our integrations). */
const PROVIDED = new Set(['astro', 'astro:content', 'astro:middleware', 'astro:assets']);

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

/**
 * The specifiers of the four forms (import from, export from, a side-effect import,
 * a dynamic import) in a source text: one capture group per form, and the one that matched is read.
 */
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The packages a source text imports: relative paths, Node's modules and what Astro provides left out. */
function importedPackages(text: string): string[] {
  const names = new Set<string>();
  for (const [, from, sideEffect, dynamic] of text.matchAll(IMPORT)) {
    const specifier = from ?? sideEffect ?? dynamic;
    if (!specifier || specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
    const name = packageOf(specifier);
    if (builtinModules.includes(name) || PROVIDED.has(name) || name.startsWith('astro:') || name.startsWith('virtual:')) continue;
    names.add(name);
  }
  return [...names];
}

describe('dependencies', () => {
  it('reads every form of import: from, re-export, side effect, dynamic', () => {
    const text = [
      "import { a } from 'static-pkg/sub';",
      "export { b } from '@scope/reexported';",
      "import 'side-effect/style.css';",
      "const c = await import('dynamic-pkg');",
      "import { d } from './relative.ts';",
      "import { e } from 'node:fs';",
      "const f = await import('./lazy.ts');",
      "import { g } from 'astro:content';",
    ].join('\n');
    expect(importedPackages(text)).toEqual(['static-pkg', '@scope/reexported', 'side-effect', 'dynamic-pkg']);
  });

  it('declares every package the project imports', () => {
    const imported = new Map<string, string>();
    const files = [
      ...sources(join(ROOT, 'src')),
      ...sources(join(ROOT, 'tests')),
      ...sources(join(ROOT, 'scripts')),
      join(ROOT, 'astro.config.mjs'),
      join(ROOT, 'vitest.config.ts'),
    ];
    // This file's own sample imports are strings, not dependencies.
    for (const file of files.filter((f) => f !== import.meta.filename))
      for (const name of importedPackages(readFileSync(file, 'utf8'))) imported.set(name, file.slice(ROOT.length + 1));
    const missing = [...imported].filter(([name]) => !declared.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(missing).toEqual([]);
  });
});
