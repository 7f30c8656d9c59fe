/**
 * Builds the Pagefind search index after `astro build`, so that `npm start` and CI
 * always serve a fresh one. Each indexed page (those with `data-pagefind-body`)
 * gets the glossary words of its acronyms appended, hidden (src/lib/search-expansions.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { expansionsFor, familyWordsFor } from '../lib/search-expansions.ts';
import { readGlossary } from './abbr-markdown.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** The text of the indexed part of a page, tags removed: enough to find acronyms and phrases. */
function bodyText(html: string): string {
  const main = /<main[^>]*data-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? '';
  return main.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
}

export async function indexSite(dir: string, base: string, root: string): Promise<{ pages: number; errors: string[] }> {
  const glossary = readGlossary(root);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) return { pages: 0, errors };
  let pages = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const text = bodyText(html);
    const words = [...expansionsFor(text, glossary), ...familyWordsFor(text)];
    const content = words.length > 0 ? html.replace('</main>', `<p hidden data-pagefind-weight="0.5">${words.join(' ')}</p></main>`) : html;
    const path = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1');
    const added = await index.addHTMLFile({ url: `${base}${path}`, content });
    errors.push(...added.errors);
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  errors.push(...written.errors);
  await pagefind.close();
  return { pages, errors };
}

export default function searchIndex(): AstroIntegration {
  let base = '/';
  let root = '.';
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ logger }) => {
        logger.info(
          'La recherche (/recherche/) a besoin d’un index construit : lancez `npm run build` puis `npm run preview`, ou `npm start`.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, errors } = await indexSite(fileURLToPath(dir), base, root);
        if (errors.length > 0) throw new Error(`Index de recherche : ${errors.join(' ; ')}`);
        logger.info(`${pages} pages indexées pour la recherche en ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
