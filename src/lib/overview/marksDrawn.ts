import type { FigureEvent } from './figureInput';

/** Which kinds of mark a figure of `events` draws, so that its legend names only those. */
export function marksDrawn(events: readonly FigureEvent[], articleLine: boolean) {
  const article = events.filter((event) => event.record === 'article');
  return {
    held: article.some((event) => event.status === 'held'),
    planned: article.some((event) => event.status === 'planned' && !event.reported),
    reported: article.some((event) => event.reported),
    beyond: events.some((event) => event.record === 'beyond'),
    article: articleLine,
  };
}
