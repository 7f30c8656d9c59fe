/** The glossary page shows under each expansion where it comes from (issue #14 §6). Run after `astro build`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/paths.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const page = join(DIST, 'glossaire', 'index.html');
if (!existsSync(page)) throw new Error('dist/ est vide : lancez `npm run build` avant ces tests (npm test le fait).');

const readYaml = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, Record<string, string>>;
const glossary = readYaml('content/glossaire.yaml');
const sources = readYaml('content/sources.yaml');
const root = parseHtml(readFileSync(page, 'utf8'));
const definitionOf = (sigle: string) => root.querySelector(`#${sigle.toLowerCase()} dd`);

describe('the glossary page', () => {
  it('links each expansion a document writes out to that document on the sources page', () => {
    for (const [sigle, { source }] of Object.entries(glossary)) {
      if (!source) continue;
      const link = definitionOf(sigle)?.querySelector(`a[href="${paths.source(source)}"]`);
      expect.soft(link?.text, sigle).toBe(sources[source]!['titre']);
      expect.soft(link?.parentNode?.text.trim(), sigle).toBe(`Source : ${sources[source]!['titre']}`);
    }
  });

  it('says where the other expansions come from, in the entry’s own words', () => {
    for (const [sigle, { source, provenance }] of Object.entries(glossary)) {
      if (source) continue;
      const said = definitionOf(sigle)
        ?.querySelectorAll('p')
        .map((p) => p.text.trim());
      expect.soft(said, sigle).toContain(provenance);
      expect.soft(definitionOf(sigle)?.querySelector('a[href^="/sources/"]'), sigle).toBeNull();
    }
  });

  it('keeps these lines out of the search index, as the source notes of other pages', () => {
    const lines = root.querySelectorAll('.glossary dd p.small');
    expect(lines).toHaveLength(Object.keys(glossary).length);
    expect(lines.every((p) => p.hasAttribute('data-pagefind-ignore'))).toBe(true);
  });
});
