/**
 * One event's iCalendar file, beside its page: `/events/<slug>.ics`, `/en/events/<slug>.ics`.
 * Only events known to the day have one; the page of a month-only event says why it has none.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { calendarResponse } from '@/outputs/calendar';
import { inEveryLanguage } from '@/data/site';
import { hasCalendarDays } from '@/outputs/calendar';

export const getStaticPaths = (() =>
  inEveryLanguage(({ timeline, asOf }) =>
    timeline
      .filter(hasCalendarDays)
      .map((event) => ({ params: { slug: event.id }, props: { event, asOf } })),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { event, asOf }, locals: { lang }, site }) =>
  calendarResponse([event], lang, site, asOf);
