/** The change log as an RSS feed per language, newest first: `/changes/rss.xml`. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { inEveryLanguage } from '@/data/site';
import { absolute, paths } from '@/data/urls';
import { formatCalendarDate, startOfDayInSeoul } from '@/lib/dates';
import { useStrings } from '@/i18n/strings';

export const getStaticPaths = (() =>
  inEveryLanguage(({ changes }) => [{ params: {}, props: { changes } }])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { changes }, locals: { lang }, site }) => {
  const t = useStrings(lang);
  const self = absolute(paths.changesFeed(lang), site);
  const log = absolute(paths.changes(lang), site);
  return rss({
    title: t.changes.feedTitle,
    description: t.changes.intro,
    site: log,
    items: changes.map((change) => ({
      title: `${t.changes.kinds[change.kind]} ${formatCalendarDate(change.date, lang)}: ${change.touches.map((page) => page.title).join(', ')}`,
      link: `${log}#change-${change.id}`,
      guid: `${log}#change-${change.id}`,
      description: [
        change.now,
        change.was && `${t.changes.was}: “${change.was}”`,
        `${t.changes.why}: ${change.why}`,
        change.source && `${t.changes.basis}: ${change.source.publisher} ${change.source.url}`,
      ]
        .filter(Boolean)
        .join(' · '),
      categories: [t.changes.kinds[change.kind]],
      pubDate: startOfDayInSeoul(change.date),
    })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
