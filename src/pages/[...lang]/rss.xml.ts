/** The timeline as an RSS feed per language, newest first: `/rss.xml`, `/en/rss.xml`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { inEveryLanguage } from '@/data/site';
import { getModel } from '@/data/model';
import { addedOn, feedItems } from '@/outputs/feed';
import { useStrings } from '@/i18n/strings';
import { absolute, paths } from '@/data/urls';

export const getStaticPaths = (() =>
  inEveryLanguage(({ timeline }) => [
    { params: {}, props: { timeline } },
  ])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { timeline }, locals: { lang }, site }) => {
  const t = useStrings(lang);
  const { changes } = await getModel();
  const self = absolute(paths.feed(lang), site);
  return rss({
    title: t.siteName,
    description: t.siteDescription,
    // The channel links to the timeline in the feed's language, base path included.
    site: absolute(paths.timeline(lang), site),
    // Each item dated by when its event was added to the record (src/outputs/feed.ts).
    items: feedItems(
      timeline,
      lang,
      (id) => absolute(paths.event(id, lang), site),
      addedOn(changes),
    ),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
