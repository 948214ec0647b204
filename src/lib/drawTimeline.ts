/**
 * The home card's timeline (`previewTimeline.ts`) drawn for Satori: the article's day, the
 * axis with its months and years, and each event's marker (`drawMarker.ts`), as absolutely
 * placed boxes (no SVG) in the card's colours. Pure: no Astro.
 */
import { at, type CardElement } from './cardElement';
import { drawMarker } from './drawMarker';
import { INSET, LANE, type PreviewTimeline } from './previewTimeline';

export interface TimelineColors {
  bg: string;
  text: string;
  muted: string;
  accent: string;
  beyond: string;
}

/** The timeline as one box `width` wide, its height from its lanes. */
export function drawTimeline(
  timeline: PreviewTimeline,
  width: number,
  colors: TimelineColors,
): CardElement {
  const length = width - 2 * INSET;
  const x = (along: number) => INSET + along * length;
  const top = 34;
  const axis = top + 8 + timeline.lanes * LANE;
  const laneY = (lane: number) => axis - 8 - LANE / 2 - lane * LANE;
  const children: CardElement[] = [];

  if (timeline.article) {
    const ax = x(timeline.article.at);
    // The label centred over its line, or against the box's edge when the line is near it.
    const label = 240;
    const left = Math.min(Math.max(ax - label / 2, 0), width - label);
    const justifyContent =
      left === 0 ? 'flex-start' : left === width - label ? 'flex-end' : 'center';
    children.push(
      at({
        left: ax - 1,
        top: top - 6,
        height: axis - top + 6,
        borderLeft: `2px dashed ${colors.text}`,
      }),
      at(
        {
          left,
          top: 0,
          width: label,
          justifyContent,
          fontSize: 22,
          fontWeight: 700,
          color: colors.text,
        },
        timeline.article.label,
      ),
    );
  }
  children.push(
    at({ left: INSET, top: axis - 1, width: length, height: 3, background: colors.muted }),
  );
  timeline.ticks.forEach((tick, index) => {
    const next = timeline.ticks[index + 1]?.at ?? 1;
    children.push(
      at({ left: x(tick.at) - 1, top: axis, width: 3, height: 12, background: colors.muted }),
      at(
        {
          left: Math.min(Math.max(x((tick.at + next) / 2) - 40, 0), width - 80),
          top: axis + 16,
          width: 80,
          justifyContent: 'center',
          fontSize: 22,
          color: colors.muted,
        },
        tick.month,
      ),
    );
    if (tick.year) {
      children.push(
        at(
          {
            left: Math.min(x(tick.at), width - 64),
            top: axis + 44,
            fontSize: 22,
            fontWeight: 700,
            color: colors.text,
          },
          tick.year,
        ),
      );
    }
  });
  for (const marker of timeline.markers) {
    const color = marker.beyond ? colors.beyond : colors.accent;
    const fill = marker.planned ? colors.bg : color;
    children.push(...drawMarker(marker, x, laneY(marker.lane), { color, fill }));
  }
  return {
    type: 'div',
    props: {
      style: { position: 'relative', display: 'flex', width, height: axis + 72, flexShrink: 0 },
      children,
    },
  };
}
