/**
 * The page's language, known once: from the route's locale (Astro's i18n routing, the list
 * in `src/i18n/locales.ts`), set on `Astro.locals.lang` before any page, endpoint or
 * component renders. Nothing else derives it; a page-not-found page is in the default
 * language (and shows every language's words itself).
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLang, languages } from '@/i18n/locales';

export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = languages.find((lang) => lang === context.currentLocale) ?? defaultLang;
  return next();
});
