/** The icons of the kinds of events, as one file of SVG symbols (`src/lib/kindIcons.ts`). */
import type { APIRoute } from 'astro';
import { kindSprite } from '@/lib/kindIcons';

export const GET: APIRoute = () =>
  new Response(kindSprite(), { headers: { 'Content-Type': 'image/svg+xml' } });
