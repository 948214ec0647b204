// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { defaultLang, languages } from './src/i18n/locales';
import securityHeaders from './src/integrations/securityHeaders';
import { EMBED_FOLDER } from './src/lib/csp';
import { bodyRules } from './src/schemas/body';

/**
 * The public URL and base path come from the environment, so one build deploys at a
 * domain root (`SITE_URL=https://example.org`) or under a folder
 * (`BASE_PATH=/openai-korea-timeline`, as on GitHub Pages). A build has no address unless
 * it is told one: `siteUrl` below stops it rather than write this machine's address into
 * canonical links, feeds and embed codes.
 */
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';
/** A page made for other sites' frames: `<base>/embed/…` or `<base>/<code>/embed/…`. */
const embedPage = new RegExp(
  `^${base.replace(/\/?$/, '/')}(?:(?:${languages.join('|')})/)?${EMBED_FOLDER}/`,
);

/** What serves the site on this machine (`astro dev`, `astro preview`) is at this address. */
const LOCAL_SITE = 'http://localhost:4321';

/**
 * A real address or none: `astro build` without one (`SITE_URL`, or `--site`) stops, saying
 * how to give it; a build for this machine alone says so (`npm start` and the screenshots
 * build with `--site http://localhost:4321`, the tests with `SITE_URL` set to it:
 * tests/support/project.mjs). The development server, `astro preview` and `astro sync` are
 * on this machine, and take its address.
 * @returns {import('astro').AstroIntegration}
 */
const siteUrl = () => ({
  name: 'site-url',
  hooks: {
    'astro:config:setup': ({ command, config, updateConfig }) => {
      if (config.site) return;
      if (command === 'build') {
        throw new Error(
          'SITE_URL is not set: a build for hosting needs the address it will be served at, ' +
            'for its canonical links, feeds, previews and embed codes. Build with ' +
            '`SITE_URL=https://example.org npm run build` (and `BASE_PATH=/folder` below a ' +
            'folder); for this machine alone, `npm start`.',
        );
      }
      updateConfig({ site: LOCAL_SITE });
    },
  },
});

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  integrations: [
    siteUrl(),
    mdx(),
    // Every page with its other-language version as an alternate; 404 pages left out, and
    // files that are not pages (preview images, calendars, feeds, JSON), and the embeds
    // (`/embed/…`, `noindex`: views for other sites' frames, not pages to find).
    sitemap({
      i18n: {
        defaultLocale: defaultLang,
        locales: Object.fromEntries(languages.map((lang) => [lang, lang])),
      },
      filter: (page) => {
        const path = new URL(page).pathname;
        return path.endsWith('/') && !embedPage.test(path);
      },
    }),
    securityHeaders(),
  ],
  // The default language at the root, each other under /<code>/ (pages live in
  // src/pages/[...lang]/); the list is src/i18n/locales.ts.
  i18n: {
    locales: [...languages],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: false },
  },
  // Two entries with the same slug are a content error, not a warning.
  prerenderConflictBehavior: 'error',
  // Scoped styles by a class added to the element's own (`class="entry astro-…"`), not an
  // attribute on every element: the same specificity, about 100 bytes less a page.
  scopedStyleStrategy: 'class',
  security: {
    // A Content-Security-Policy <meta> on every page: nothing may load from anywhere but
    // this origin. Astro adds the hashes of every page's inline styles; after the build,
    // src/integrations/securityHeaders.ts narrows each page's policy to its own styles
    // and `script-src 'none'`.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  markdown: {
    // Astro's own Markdown processor, with the rules of what a content body may hold
    // (src/schemas/body.ts); MDX inherits it.
    processor: satteri({ mdastPlugins: [bodyRules] }),
    // The content has no code to highlight, and Shiki's inline styles would break the
    // Content-Security-Policy.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      rolldownOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive, which the
        // bundler warns it may drop: a warning for every MDX file on every build, about
        // nothing that changes the output (withastro/astro#18087). Other warnings pass.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            /astro:head-inject/.test(warning.message)
          )
            return;
          warn(warning);
        },
      },
    },
  },
  build: {
    // Pages are small: inline their CSS so the HTML renders from the first response.
    inlineStylesheets: 'always',
    concurrency: 2,
  },
});
