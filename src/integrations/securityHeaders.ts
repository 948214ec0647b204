/**
 * The security policy of the built site, in two steps after the build. Each page's
 * Content-Security-Policy `<meta>` (which Astro writes with the hashes of every page's
 * styles) is narrowed to the page's own styles. Then `_headers` is written for static
 * hosts that read it (Netlify, Cloudflare Pages): the pages' policies, merged, plus the
 * headers a `<meta>` cannot carry. It is made at build time, not kept in `public/`,
 * because the policy holds the hashes of the inline CSS, which change with the CSS.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies, narrowPolicy } from '@/lib/csp';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i;

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
};

export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true }))
          .filter((file) => file.endsWith('.html'))
          .sort();
        const policies: string[] = [];
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          const policy = META.exec(html)?.[2];
          if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
          const narrowed = narrowPolicy(policy, html);
          await writeFile(
            join(root, file),
            html.replace(META, (_, start: string) => `${start}${narrowed}"`),
          );
          policies.push(narrowed);
        }
        const csp = mergePolicies(policies, ["frame-ancestors 'none'"]);
        const lines = [
          `Content-Security-Policy: ${csp}`,
          ...Object.entries(HEADERS).map(([k, v]) => `${k}: ${v}`),
        ];
        await writeFile(
          join(root, '_headers'),
          `/*\n${lines.map((line) => `  ${line}`).join('\n')}\n`,
        );
        logger.info(`page policies narrowed and _headers written, from ${files.length} pages`);
      },
    },
  };
}
