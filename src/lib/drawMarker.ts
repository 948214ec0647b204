/**
 * One event on the home card's timeline (`drawTimeline.ts`), as Satori boxes: a circle for
 * the article's events, a diamond beyond it, a bar for a span of days; for a plan with a
 * later report, a dashed line on to a dot on the reported day. Pure: no Astro.
 */
import { at, type CardElement } from './cardElement';
import { R, type PreviewTimeline } from './previewTimeline';

type Marker = PreviewTimeline['markers'][number];

/**
 * `marker` on its lane at height `y`, placed along the axis by `x`, drawn in `color` and
 * filled with `fill` (the background for a plan).
 */
export function drawMarker(
  marker: Marker,
  x: (along: number) => number,
  y: number,
  { color, fill }: { color: string; fill: string },
): CardElement[] {
  const children: CardElement[] = [];
  const left = x(marker.from);
  if (marker.reported !== undefined) {
    const rx = x(marker.reported);
    const end = marker.span ? x(marker.to) : left;
    if (rx > end + R) {
      children.push(
        at({ left: end, top: y - 1, width: rx - end, borderTop: `3px dashed ${color}` }),
      );
    }
  }
  children.push(
    marker.span
      ? at({
          left,
          top: y - R + 2,
          width: Math.max(x(marker.to) - left, 2 * R),
          height: 2 * R - 4,
          borderRadius: marker.beyond ? 2 : 999,
          border: `3px solid ${color}`,
          background: fill,
        })
      : marker.beyond
        ? at({
            left: left - R + 1,
            top: y - R + 1,
            width: 2 * R - 2,
            height: 2 * R - 2,
            borderRadius: 2,
            border: `3px solid ${color}`,
            background: fill,
            transform: 'rotate(45deg)',
          })
        : at({
            left: left - R,
            top: y - R,
            width: 2 * R,
            height: 2 * R,
            borderRadius: 999,
            border: `3px solid ${color}`,
            background: fill,
          }),
  );
  if (marker.reported !== undefined) {
    children.push(
      at({
        left: x(marker.reported) - 4,
        top: y - 4,
        width: 8,
        height: 8,
        borderRadius: 4,
        background: color,
      }),
    );
  }
  return children;
}
