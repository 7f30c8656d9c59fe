/**
 * Gives every page its language, its translator and its links, from its path:
 * `Astro.locals.lang`, `Astro.locals.t` (as Starlight's `Astro.locals.t`) and
 * `Astro.locals.link(path)`, the address of a French page for this page's
 * reader: its translation where it has one (src/i18n/routes.ts).
 * Runs at build time for each page; the built site has no server.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/dictionaries.ts';
import { DEFAULT_LANG } from './i18n/languages.ts';
import { frenchPathOf, pathIn } from './i18n/routes.ts';
import { href } from './lib/paths.ts';

export const onRequest = defineMiddleware((context, next) => {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const { lang, path } = frenchPathOf(context.url.pathname.slice(base.length) || '/');
  context.locals.lang = lang;
  context.locals.frenchPath = path;
  context.locals.t = useTranslations(lang);
  context.locals.link = (to: string) => href(pathIn(lang, to));
  context.locals.inFrench = (to: string) => lang !== DEFAULT_LANG && pathIn(lang, to) === to;
  return next();
});
