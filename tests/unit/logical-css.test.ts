/**
 * The site's own CSS says start and end, never left and right: Arabic pages
 * (dir="rtl") mirror with no stylesheet of their own. Leaflet's CSS is its own
 * (node_modules) and is not read. Inline SVG maps keep `direction: ltr`, which
 * is not a physical property and passes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

/** The CSS of a file: a stylesheet whole, an Astro component's `<style>` blocks. */
function cssOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.css')) return text;
  return [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

/** Each declaration as `property: value`, comments left out. */
const declarations = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)].map((m) => ({
    property: m[1]!,
    value: m[2]!.trim(),
  }));

/** Why a declaration is physical, or undefined: « margin-left », « float: right », a shorthand whose left and right differ. */
function physical(property: string, value: string): string | undefined {
  if (/^(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/.test(property)) return property;
  if (/^border-(top|bottom)-(left|right)-radius$/.test(property)) return property;
  if (property === 'left' || property === 'right') return property;
  if (/^(text-align|float|clear|caption-side)$/.test(property) && /^(left|right)\b/.test(value)) return `${property}: ${value}`;
  const parts = value.split(/\s+(?![^(]*\))/);
  // margin: 0 1rem 0 2rem — the second value is the right, the fourth the left.
  if (/^(margin|padding|inset)$/.test(property) && parts.length === 4 && parts[1] !== parts[3]) return `${property}: ${value}`;
  // border-radius: top-left top-right bottom-right bottom-left; « 0 0 r r » is symmetric.
  if (property === 'border-radius' && !value.includes('/') && parts.length >= 2) {
    const [tl, tr, br = tl, bl = tr] = parts;
    if (tl !== tr || br !== bl) return `${property}: ${value}`;
  }
  return undefined;
}

describe('logical CSS', () => {
  it('tells physical declarations from logical ones', () => {
    expect(physical('margin-left', '1rem')).toBe('margin-left');
    expect(physical('border-right-width', '2px')).toBe('border-right-width');
    expect(physical('text-align', 'left')).toBe('text-align: left');
    expect(physical('padding', '0 0.5em 0 0.15em')).toBe('padding: 0 0.5em 0 0.15em');
    expect(physical('border-radius', '4px 0 0 4px')).toBe('border-radius: 4px 0 0 4px');
    expect(physical('margin-inline-start', '1rem')).toBeUndefined();
    expect(physical('text-align', 'start')).toBeUndefined();
    expect(physical('padding', '0.5rem 1.25rem 1rem')).toBeUndefined();
    expect(physical('border-radius', '0 0 var(--radius) var(--radius)')).toBeUndefined();
    expect(physical('float', 'inline-end')).toBeUndefined();
  });

  it('has no left or right in the site’s own stylesheets and components', () => {
    const sources = [...files(join(ROOT, 'src'), /\.(css|astro)$/), ...files(join(ROOT, 'public'), /\.css$/)];
    const found = sources.flatMap((path) =>
      declarations(cssOf(path)).flatMap(({ property, value }) => {
        const why = physical(property, value);
        return why ? [`${relative(ROOT, path)}: ${why}`] : [];
      }),
    );
    expect(found).toEqual([]);
  });
});
