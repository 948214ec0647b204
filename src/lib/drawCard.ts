/**
 * A link-preview card laid out for Satori: the label and the site's name along the top, the
 * title in the middle, the date (or the home card's timeline) at the foot, in the card's
 * colours. Which title size fits is `preview.ts`'s to find. Pure: no Astro.
 */
import { box, type CardElement } from './cardElement';
import { drawTimeline } from './drawTimeline';
import { FONT_NAME } from './previewFonts';
import { PREVIEW_INNER_WIDTH, PREVIEW_MARGIN, PREVIEW_OVERHANG } from './previewSize';
import type { PreviewTimeline } from './previewTimeline';

/** What a card shows. */
export interface PreviewCard {
  /** The page's language: picks line breaking and the card's `lang`. */
  lang: string;
  /** A small line above the title: the kind of event, "Partner", who said it. */
  label: string | undefined;
  title: string;
  /** The date as the page shows it, at its own precision. */
  date: string | undefined;
  /** The site's name, in a corner (none on the home page's card, whose title it is). */
  siteName: string | undefined;
  /** The record on a time axis, under the title (the home page's card). */
  timeline?: PreviewTimeline | undefined;
}

const COLORS = {
  bg: '#ffffff',
  text: '#1a1c20',
  muted: '#545b66',
  accent: '#0d7a5f',
  beyond: '#6a4bc4',
};

/** The card with its title at `titleSize` pixels. */
export function drawCard(card: PreviewCard, titleSize: number): CardElement {
  return {
    type: 'div',
    props: {
      lang: card.lang,
      style: {
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: PREVIEW_MARGIN + PREVIEW_OVERHANG,
        boxSizing: 'border-box',
        background: COLORS.bg,
        borderTop: `16px solid ${COLORS.accent}`,
        fontFamily: FONT_NAME,
        color: COLORS.text,
        wordBreak: 'keep-all',
        overflowWrap: 'break-word',
      },
      children: [
        box(
          { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: 32 },
          box(
            { fontSize: 32, fontWeight: 700, color: COLORS.accent, lineHeight: 1.3 },
            card.label ?? '',
          ),
          box(
            { fontSize: 28, color: COLORS.muted, whiteSpace: 'nowrap', flexShrink: 0 },
            card.siteName ?? '',
          ),
        ),
        box(
          { display: 'flex', flexGrow: 1, alignItems: 'center', paddingBlock: 24 },
          box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.25 }, card.title),
        ),
        ...(card.timeline ? [drawTimeline(card.timeline, PREVIEW_INNER_WIDTH, COLORS)] : []),
        ...(card.date || !card.timeline
          ? [box({ fontSize: 36, fontWeight: 700, lineHeight: 1.3 }, card.date ?? '')]
          : []),
      ],
    },
  };
}
