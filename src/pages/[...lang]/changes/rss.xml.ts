/**
 * The change log as an RSS feed per language, newest first: `/changes/rss.xml`. Every
 * change, and every status change of the ledger (a step whose status differs from the one
 * before it), leading to the entry; a step known only to the month has no `pubDate`, as no day is known.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { inEveryLanguage, type LogItem } from '@/data/site';
import { absolute, paths } from '@/data/urls';
import { formatCalendarDate, startOfDayInSeoul } from '@/lib/dates';
import { useStrings, type Lang } from '@/i18n/strings';

export const getStaticPaths = (() =>
  inEveryLanguage(({ log }) => [{ params: {}, props: { log } }])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

function item(entry: LogItem, lang: Lang, log: string, site: URL | undefined) {
  const t = useStrings(lang);
  const when = formatCalendarDate(entry.date, lang);
  const basis = (source: { publisher: string; url: string } | undefined) =>
    source && `${t.changes.basis}: ${source.publisher} ${source.url}`;
  if (entry.kind === 'status') {
    const { said, translation, event, href } = entry.entry;
    const word = t.ledgerStatus[entry.status];
    return {
      title: `${word} ${when}: ${event.title}`,
      link: absolute(href, site),
      description: [
        `“${said}”${translation ? ` (${t.ledger.translation} ${translation})` : ''}`,
        `${t.changes.why}: ${entry.why}`,
        basis(entry.source),
      ].join(' · '),
      categories: [t.changes.statusChange],
      // Several steps of one entry share its link: the guid is the step's place in the log.
      customData: `<guid isPermaLink="false">${log}#status-${entry.id}</guid>`,
      ...(entry.date.precision === 'day' ? { pubDate: startOfDayInSeoul(entry.date) } : {}),
    };
  }
  const kind = t.changes.kinds[entry.kind];
  return {
    title: `${kind} ${when}: ${entry.touches.map((page) => page.title).join(', ')}`,
    link: `${log}#change-${entry.id}`,
    description: [
      entry.now,
      entry.was && `${t.changes.was}: “${entry.was}”`,
      `${t.changes.why}: ${entry.why}`,
      basis(entry.source),
    ]
      .filter(Boolean)
      .join(' · '),
    categories: [kind],
    pubDate: startOfDayInSeoul(entry.date),
  };
}

export const GET: APIRoute<Props> = ({ props: { log }, locals: { lang }, site }) => {
  const t = useStrings(lang);
  const self = absolute(paths.changesFeed(lang), site);
  const page = absolute(paths.changes(lang), site);
  return rss({
    title: t.changes.feedTitle,
    description: `${t.changes.intro} ${t.changes.statusIntro}`,
    site: page,
    items: log.map((entry) => item(entry, lang, page, site)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
