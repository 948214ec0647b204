declare namespace App {
  interface Locals {
    /** The page's language, set once by `src/middleware.ts`. */
    lang: import('@/i18n/locales').Lang;
  }
}
