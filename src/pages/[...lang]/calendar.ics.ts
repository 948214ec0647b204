/** The whole timeline as one iCalendar file per language: `/calendar.ics`, `/en/calendar.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse } from '@/data/calendarResponse';
import { inEveryLanguage } from '@/data/content';

export const getStaticPaths = (() =>
  inEveryLanguage(({ timeline, primarySource }) => [
    { params: {}, props: { timeline, primarySource } },
  ])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Events known only to the month are left out by `buildCalendar`.
export const GET: APIRoute<Props> = ({ props: { timeline, primarySource, lang }, site }) =>
  calendarResponse(timeline, lang, site, primarySource);
