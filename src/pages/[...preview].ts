/**
 * The link-preview images: `/preview.png` beside the home page, `/events/x/preview.png`
 * beside each event page, and so on for partners and quotes, in both languages.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getPreviewFonts, getPreviews } from '../data/previews';
import { renderPreview } from '../lib/preview';
import { paths, withBase } from '../lib/urls';

export const getStaticPaths = (async () => {
  const root = withBase('/');
  return (await getPreviews()).map(({ page, card }) => ({
    params: { preview: paths.preview(page).slice(root.length) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await renderPreview(props.card, await getPreviewFonts())), {
    headers: { 'Content-Type': 'image/png' },
  });
