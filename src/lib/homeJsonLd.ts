/** The home page's JSON-LD: a schema.org `WebSite` and an `ItemList`. Pure: no Astro. */
import { CONTEXT, type JsonLd } from './jsonLd';

export interface HomeFacts {
  url: string;
  lang: string;
  name: string;
  description: string;
  image: string;
  events: readonly { url: string; title: string }[];
}

/** The site, and the events its home page lists, in order. */
export function homeJsonLd(home: HomeFacts): JsonLd {
  return {
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': home.url,
        url: home.url,
        name: home.name,
        description: home.description,
        inLanguage: home.lang,
        image: home.image,
      },
      {
        '@type': 'ItemList',
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: home.events.length,
        itemListElement: home.events.map((event, index) => ({
          '@type': 'ListItem',
          position: index + 1,
          url: event.url,
          name: event.title,
        })),
      },
    ],
  };
}
