/**
 * The overview across a wide screen: left to right, the lanes above the axis, and under
 * it a close-up of the weeks crowded around the article. Pure: no Astro.
 */
import { formatShortDate, formatShortMonth } from '@/lib/dates';
import type { FigureInput } from './figureInput';
import { layoutCloseUp } from './layoutCloseUp';
import { labelEvery, layoutOverview, monthMiddle } from './layoutOverview';
import { LANE, markShapes, n, onScale, ROOM } from './markShapes';

export function wideView({ events, article, lang }: FigureInput) {
  const width = 672;
  const start = 10;
  const length = width - 2 * start;
  const layout = layoutOverview(events, ROOM / length);
  const axis = 30 + layout.lanes * LANE;
  const x = (along: number) => start + along * length;
  const laneY = (base: number) => (lane: number) => base - 12 - lane * LANE;
  const articleAt = article && layout.position(article);
  const articleX = onScale(articleAt) && x(articleAt);
  let height = axis + 42;
  const closeUp = article && layoutCloseUp(events, article, ROOM / length);
  let zoom;
  if (closeUp) {
    const top = height + 24;
    const cAxis = top + 14 + closeUp.lanes * LANE;
    const cx = (along: number) => start + along * length;
    const [from, to] = closeUp.on.map(x) as [number, number];
    const days = closeUp.days[1] - closeUp.days[0];
    const at = closeUp.position(article);
    const labelled = closeUp.ticks.map((tick) => `M${n(cx(tick.at))} ${cAxis}v6`);
    zoom = {
      window: `M${n(from)} 18H${n(to)}V${height}H${n(from)}z`,
      frame: `M${start} ${top}H${start + length}V${cAxis + 28}H${start}z`,
      links: `M${n(from)} ${height}L${start} ${top}M${n(to)} ${height}L${start + length} ${top}`,
      axis: [`M${start} ${cAxis}H${start + length}`, ...labelled].join(''),
      // A short tick every day: one line, dashed a day apart.
      daily: {
        d: `M${start} ${cAxis + 1.5}h${length}`,
        dash: `1 ${(length / days - 1).toFixed(2)}`,
      },
      labels: closeUp.ticks.map((tick) => ({
        x: n(cx(tick.at)),
        y: cAxis + 19,
        text: formatShortDate({ precision: 'day', ...tick }, lang),
      })),
      article: onScale(at) ? `M${n(cx(at))} ${top + 4}V${cAxis}` : undefined,
      markers: markShapes(
        closeUp.markers,
        (along, lane) => ({ x: cx(along), y: laneY(cAxis)(lane) }),
        lang,
      ),
    };
    height = cAxis + 30;
  }
  return {
    name: 'wide',
    width,
    height,
    axis: `M${start} ${axis}H${start + length}${layout.ticks
      .map((tick) => `M${n(x(tick.at))} ${axis}v6`)
      .join('')}`,
    // On a long record, every other month (or fewer) is named, so names never touch.
    months: layout.ticks
      .map((tick, index) => ({
        x: n(x(monthMiddle(layout.ticks, index))),
        y: axis + 19,
        text: formatShortMonth(tick.year, tick.month, lang),
      }))
      .filter((_, index) => index % labelEvery(layout.ticks.length, length, 40) === 0),
    years: layout.ticks
      .filter((tick, index) => index === 0 || tick.month === 1)
      .map((tick) => ({ x: n(x(tick.at)), y: axis + 36, text: String(tick.year) })),
    article: articleX
      ? {
          line: `M${n(articleX)} 16V${axis}`,
          x: n(articleX),
          y: 11,
          anchor: articleX < 80 ? 'start' : articleX > width - 80 ? 'end' : 'middle',
        }
      : undefined,
    markers: markShapes(
      layout.markers,
      (along, lane) => ({ x: x(along), y: laneY(axis)(lane) }),
      lang,
    ),
    zoom,
  };
}
