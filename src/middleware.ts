/**
 * As each page is rendered (at build time), adds the words it should also be
 * found by in the site search: acronyms and expansions from the glossary, word
 * families (src/lib/search-expansions.ts). Done here, in memory, so that
 * indexing is Pagefind reading dist/ once.
 */
import { defineMiddleware } from 'astro:middleware';
import { glossaryDefinitions } from './content.ts';
import { addSearchWords, prepareGlossary } from './lib/search-expansions.ts';

const glossary = prepareGlossary(glossaryDefinitions);

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(addSearchWords(await response.text(), glossary), { status: response.status, headers: response.headers });
});
