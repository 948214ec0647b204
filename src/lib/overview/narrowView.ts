/**
 * The overview down a narrow screen: top to bottom, month labels left of the axis, lanes
 * right of it, and the close-up beside them on an axis of its own; 328 units wide, so it
 * fits a 360 px phone. Pure: no Astro.
 */
import { formatShortDate, formatShortMonth } from '@/lib/dates';
import type { FigureInput } from './figureInput';
import { layoutCloseUp } from './layoutCloseUp';
import { labelEvery, layoutOverview, monthMiddle } from './layoutOverview';
import { LANE, markShapes, n, onScale, R, ROOM } from './markShapes';

export function narrowView({ events, article, lang }: FigureInput) {
  const width = 328;
  const start = 12;
  const axis = 72;
  // Each month gets the same room, so the length (and the gap between marks, as a
  // fraction of it) follows from how many months there are: 34 units each up to two
  // years, then less (down to 12), so that a long record stays a phone screen or two.
  const months = Math.max(layoutOverview(events, 1).ticks.length, 1);
  const month = Math.max(12, Math.min(34, (34 * 24) / months));
  const length = month * months;
  // Month names 12 units high need 28 units each: on a long record, every other one or fewer.
  const every = labelEvery(months, length, 28);
  const layout = layoutOverview(events, ROOM / length);
  const lanesEnd = axis + 12 + (layout.lanes - 1) * LANE + R + 4;
  const y = (along: number) => start + along * length;
  const articleAt = article && layout.position(article);
  const articleY = onScale(articleAt) && y(articleAt);
  /** The close-up gives each day 12 units, and no more room than the whole has. */
  const daysOf = (gap: number) => article && layoutCloseUp(events, article, gap);
  const first = daysOf(0.05);
  const cLength = first ? Math.min(length, 12 * (first.days[1] - first.days[0])) : 0;
  const closeUp = first && daysOf(ROOM / cLength);
  let zoom;
  if (closeUp && article) {
    const [from, to] = closeUp.on.map(y) as [number, number];
    const top = Math.min(Math.max((from + to) / 2 - cLength / 2, start), start + length - cLength);
    const cy = (along: number) => top + along * cLength;
    const left = lanesEnd + 24;
    const cAxis = left + 64;
    const days = closeUp.days[1] - closeUp.days[0];
    const at = closeUp.position(article);
    const labelled = closeUp.ticks.map((tick) => `M${cAxis} ${n(cy(tick.at))}h-6`);
    zoom = {
      window: `M${axis - 8} ${n(from)}H${lanesEnd}V${n(to)}H${axis - 8}z`,
      frame: `M${left} ${n(top - 8)}H${width}V${n(top + cLength + 8)}H${left}z`,
      links: `M${lanesEnd} ${n(from)}L${left} ${n(top - 8)}M${lanesEnd} ${n(to)}L${left} ${n(top + cLength + 8)}`,
      axis: [`M${cAxis} ${n(top)}V${n(top + cLength)}`, ...labelled].join(''),
      daily: {
        d: `M${cAxis - 1.5} ${n(top)}v${n(cLength)}`,
        dash: `1 ${(cLength / days - 1).toFixed(2)}`,
      },
      labels: closeUp.ticks.map((tick) => ({
        x: cAxis - 9,
        y: n(cy(tick.at) + 4),
        text: formatShortDate({ precision: 'day', ...tick }, lang),
      })),
      article: onScale(at) ? `M${cAxis - 6} ${n(cy(at))}H${width - 2}` : undefined,
      markers: markShapes(
        closeUp.markers,
        (along, lane) => ({ x: cAxis + 12 + lane * LANE, y: cy(along) }),
        lang,
      ),
    };
  }
  return {
    name: 'narrow',
    width,
    height: length + 2 * start,
    axis: `M${axis} ${start}V${start + length}${layout.ticks
      .map((tick) => `M${axis - 6} ${n(y(tick.at))}h6`)
      .join('')}`,
    months: layout.ticks
      .map((tick, index) => ({
        x: axis - 10,
        y: n(y(monthMiddle(layout.ticks, index)) + 4),
        text: formatShortMonth(tick.year, tick.month, lang),
      }))
      .filter((_, index) => index % every === 0),
    years: layout.ticks
      .map((tick, index) => ({ tick, index }))
      .filter(({ tick, index }) => index === 0 || tick.month === 1)
      .map(({ tick, index }) => ({
        x: 34,
        y: n(y(monthMiddle(layout.ticks, index)) + 4),
        text: String(tick.year),
      })),
    // The line at the article's day, unlabelled here: the legend names it.
    article: articleY
      ? { line: `M${axis - 6} ${n(articleY)}H${lanesEnd}`, x: 0, y: 0, anchor: undefined }
      : undefined,
    markers: markShapes(
      layout.markers,
      (along, lane) => ({ x: axis + 12 + lane * LANE, y: y(along) }),
      lang,
    ),
    zoom,
  };
}
