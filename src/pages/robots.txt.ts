/** `robots.txt`: everything may be crawled; the sitemap lists every page in both languages. */
import type { APIRoute } from 'astro';
import { absolute, withBase } from '@/data/urls';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absolute(withBase('/sitemap-index.xml'))}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
