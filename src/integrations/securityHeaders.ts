/**
 * The security policy of the built site, in two steps after the build. Each page's
 * Content-Security-Policy `<meta>` (which Astro writes with the hashes of every page's
 * styles) is narrowed to the page's own styles, and to no script, but for the embeds'
 * one inline script (`EMBED_SCRIPT` in `src/lib/embed.ts`), allowed on them by its hash. Then `_headers` is written for static
 * hosts that read it (Netlify, Cloudflare Pages): the pages' policies, merged folder by
 * folder, with what a `<meta>` cannot carry: `frame-ancestors` (only the embeds may be
 * framed by other sites) and the other headers (`headersFile` in `src/lib/csp.ts`). It is made at build time, not kept in `public/`,
 * because the policy holds the hashes of the inline CSS, which change with the CSS.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLang, languages, type Lang } from '@/i18n/locales';
import { EMBED_FOLDER, headersFile, narrowPolicy } from '@/lib/csp';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i;

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
};

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .sort();
        const others = languages.filter((lang) => lang !== defaultLang);
        const pages: { file: string; policy: string }[] = [];
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          const policy = META.exec(html)?.[2];
          if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
          // Only an embed may run its one script (its height, for the page around it).
          const [first, second] = file.split(sep);
          const embed =
            first === EMBED_FOLDER || (others.includes(first as Lang) && second === EMBED_FOLDER);
          const narrowed = narrowPolicy(policy, html, { scripts: embed });
          await writeFile(
            join(root, file),
            html.replace(META, (_, start: string) => `${start}${narrowed}"`),
          );
          pages.push({ file: file.split(sep).join('/'), policy: narrowed });
        }
        await writeFile(join(root, '_headers'), headersFile(pages, others, base, HEADERS));
        logger.info(`page policies narrowed and _headers written, from ${files.length} pages`);
      },
    },
  };
}
