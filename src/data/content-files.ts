/**
 * The content file each page is made from, by the page's French path:
 * « /dispositifs/micro-lycee-talence/ » → « content/dispositifs/micro-lycee-talence.md »,
 * for « Modifier cette page » (src/components/EditPage.astro). A translated page
 * (« /en/dispositifs/… ») edits the same French file: its French path is the key.
 */
import { getCollection } from 'astro:content';
import { ENTRY_PAGES, FILE_PAGES } from '../lib/content-pages.ts';
import { COLLECTIONS, CONTENT_DIR } from '../schemas/index.ts';

type PagedCollection = keyof typeof ENTRY_PAGES;

const entryFiles = await Promise.all(
  (Object.keys(ENTRY_PAGES) as PagedCollection[]).map(async (collection) =>
    // Astro's loaders give each entry the file it was read from, relative to the project (`filePath`).
    (await getCollection(collection)).flatMap(({ id, filePath }) => (filePath ? [[ENTRY_PAGES[collection](id), filePath] as const] : [])),
  ),
);

export const contentFileOfPage: ReadonlyMap<string, string> = new Map([
  ...entryFiles.flat(),
  ...(Object.keys(FILE_PAGES) as (keyof typeof FILE_PAGES)[]).map(
    (collection) => [FILE_PAGES[collection], `${CONTENT_DIR}/${COLLECTIONS[collection].files.file}`] as const,
  ),
]);
