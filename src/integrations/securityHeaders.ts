/**
 * Writes `_headers` into the build for static hosts that read it (Netlify, Cloudflare
 * Pages): the pages' own Content-Security-Policy, merged, plus the headers a `<meta>`
 * cannot carry. It is made at build time, not kept in `public/`, because the policy
 * holds the hashes of the inline CSS, which change whenever the CSS does.
 */
import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergePolicies } from '@/lib/csp';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

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
          const policy = META.exec(await readFile(join(root, file), 'utf8'))?.[1];
          if (!policy) throw new Error(`${file}: no Content-Security-Policy <meta>`);
          policies.push(policy);
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
        logger.info(`_headers written from ${files.length} pages`);
      },
    },
  };
}
