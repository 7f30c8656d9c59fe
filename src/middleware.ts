/**
 * Gives every page its language and its translator, from its path:
 * `Astro.locals.lang` and `Astro.locals.t` (as Starlight's `Astro.locals.t`).
 * Runs at build time for each page; the built site has no server.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/dictionaries.ts';
import { langOfPath } from './i18n/languages.ts';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOfPath(context.url.pathname, import.meta.env.BASE_URL);
  context.locals.t = useTranslations(context.locals.lang);
  return next();
});
