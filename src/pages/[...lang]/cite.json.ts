/**
 * Every citable page as CSL-JSON, one file per language (`/cite.json`, `/en/cite.json`),
 * for reference managers (Zotero, Mendeley and others import it): the record as a whole,
 * the ledger page and each entry's place on it, and every event, partner and quote page,
 * each as its page's "cite this page" gives it (`src/lib/cite/reference.ts`).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { inEveryLanguage } from '@/data/site';
import { absolute, paths } from '@/data/urls';
import { fill, useStrings } from '@/i18n/strings';
import { cslItem, pageCitation } from '@/lib/cite/reference';

export const getStaticPaths = (() =>
  inEveryLanguage((site) => [{ params: {}, props: { site } }])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { site }, locals: { lang } }) => {
  const t = useStrings(lang);
  const record = { name: t.siteName, publisher: site.publisher, asOf: site.asOf, lang };
  const ledgerChanges = site.pageChanges.outcomes;
  const pages = [
    { title: undefined, url: absolute(paths.timeline(lang)), changes: site.changes },
    { title: t.ledger.title, url: absolute(paths.ledger(lang)), changes: ledgerChanges },
    ...site.ledger.map((entry) => ({
      title: fill(t.ledger.citation, { event: entry.event.title }),
      url: absolute(entry.href),
      changes: ledgerChanges,
    })),
    ...site.timeline.map((event) => ({
      title: event.title,
      url: absolute(paths.event(event.id, lang)),
      changes: event.changes,
    })),
    ...site.partners.map((partner) => ({
      title: partner.name,
      url: absolute(paths.partner(partner.id, lang)),
      changes: partner.changes,
    })),
    ...site.quotes.map((quote) => ({
      title: quote.topic,
      url: absolute(paths.quote(quote.id, lang)),
      changes: quote.changes,
    })),
  ];
  const items = pages.map((page) => cslItem(pageCitation(page, record).page));
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
