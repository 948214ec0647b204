/** The whole timeline as one iCalendar file per language: `/calendar.ics`, `/en/calendar.ics`. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse } from '@/outputs/calendar';
import { inEveryLanguage } from '@/data/site';

export const getStaticPaths = (() =>
  inEveryLanguage(({ timeline, asOf }) => [
    { params: {}, props: { timeline, asOf } },
  ])) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

// Events known only to the month are left out by `buildCalendar`.
export const GET: APIRoute<Props> = ({ props: { timeline, asOf }, locals: { lang }, site }) =>
  calendarResponse(timeline, lang, site, asOf);
