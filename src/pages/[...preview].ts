/**
 * The link-preview images: `/preview.png` beside the home page, `/events/x/preview.png`
 * beside each event page, and so on for partners and quotes, in both languages.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { drawPreview, getPreviews } from '@/outputs/preview/cards';
import { paths, withBase } from '@/data/urls';

export const getStaticPaths = (async () => {
  const root = withBase('/');
  return (await getPreviews()).map((preview) => ({
    params: { preview: paths.preview(preview.page).slice(root.length) },
    props: { preview },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(new Uint8Array(await drawPreview(props.preview)), {
    headers: { 'Content-Type': 'image/png' },
  });
