import { expect, test } from '@playwright/test';

/** The events of the article and beyond it, in timeline order, with the date each shows. */
const TIMELINE = [
  { id: 'kakao-partnership', datetime: ['2025-02'], date: '2025년 2월' },
  { id: 'builder-lab', datetime: ['2025-02'], date: '2025년 2월' },
  { id: 'seoul-office-announcement', datetime: ['2025-05-26'], date: '2025년 5월 26일' },
  { id: 'creative-lab-seoul', datetime: ['2025-08-28'], date: '2025년 8월 28일' },
  {
    id: 'seoul-light-ddp',
    datetime: ['2025-08-28', '2025-09-07'],
    date: '2025년 8월 28일 – 2025년 9월 7일',
  },
  { id: 'launch-press-conference', datetime: ['2025-09-10'], date: '2025년 9월 10일' },
  { id: 'snu-mou', datetime: ['2025-09-11'], date: '2025년 9월 11일' },
  { id: 'founder-day', datetime: ['2025-09-12'], date: '2025년 9월 12일' },
  { id: 'head-of-korea-appointment', datetime: ['2025-09-29'], date: '2025년 9월 29일' },
  { id: 'stargate-korea-agreements', datetime: ['2025-10-01'], date: '2025년 10월 1일' },
  { id: 'economic-blueprint', datetime: ['2025-10-23'], date: '2025년 10월 23일' },
  { id: 'devday-exchange', datetime: ['2025-11'], date: '2025년 11월' },
  { id: 'head-of-korea-press-conference', datetime: ['2025-12-04'], date: '2025년 12월 4일' },
  { id: 'data-center-groundbreaking-plan', datetime: ['2026-02-11'], date: '2026년 2월 11일' },
];

test.describe('the timeline', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./');
  });

  test('lists every event oldest first, each with its date at its own precision', async ({
    page,
  }) => {
    const entries = page.locator('article.entry');
    await expect(entries).toHaveCount(TIMELINE.length);
    for (const [index, event] of TIMELINE.entries()) {
      await expect(entries.nth(index)).toHaveId(event.id);
      // The event's own date: not the day of a reported follow-up on the same line.
      const times = page.locator(`#${event.id} .meta > time, #${event.id} .meta > .range > time`);
      await expect(times).toHaveText(event.date.split(' – '));
      for (const [nth, datetime] of event.datetime.entries()) {
        await expect(times.nth(nth)).toHaveAttribute('datetime', datetime);
      }
    }
  });

  test('groups events under year and month headings', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(['2025년', '2026년']);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText([
      '2025년 2월',
      '2025년 5월',
      '2025년 8월',
      '2025년 9월',
      '2025년 10월',
      '2025년 11월',
      '2025년 12월',
      '2026년 2월',
    ]);
    const september = page.locator('section.month', { has: page.locator('#month-2025-09') });
    await expect(september.locator('article.entry')).toHaveCount(4);
  });

  test('keeps the month heading in view while its events scroll past', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 500 });
    // Scroll so that a later September entry is at the top: its month heading must stick.
    await page.locator('#founder-day').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const heading = page.locator('#month-2025-09');
    await expect.poll(async () => (await heading.boundingBox())?.y).toBeCloseTo(0, 0);
    await expect(heading).toBeInViewport();
    await expect(page.locator('#month-2025-02')).not.toBeInViewport();
  });

  test('shows each entry’s kind, summary, partners and status as of the article', async ({
    page,
  }) => {
    const launch = page.locator('#launch-press-conference');
    await expect(launch).toContainText('출범');
    await expect(launch).toContainText('기사 시점에 이미 있었던 일');
    await expect(launch).toContainText('아시아 세 번째');
    await expect(launch.getByRole('link', { name: 'GS건설' })).toHaveAttribute(
      'href',
      /\/partners\/gs-enc\/$/,
    );
    const founderDay = page.locator('#founder-day');
    await expect(founderDay).toContainText('기사 시점에 아직 예정이던 일');
    await expect(founderDay).toContainText('네트워킹 행사');
  });

  test('says which record each entry belongs to, and reads its status accordingly', async ({
    page,
  }) => {
    const founderDay = page.locator('#founder-day .meta');
    await expect(founderDay.locator('.record')).toHaveText('기사가 전한 일');
    await expect(founderDay.locator('.status')).toHaveText('기사 시점에 아직 예정이던 일');
    const appointment = page.locator('#head-of-korea-appointment .meta');
    await expect(appointment.locator('.record')).toHaveText('기사 밖의 기록');
    await expect(appointment.locator('.status')).toHaveText('있었던 일');
    const plan = page.locator('#data-center-groundbreaking-plan .meta');
    await expect(plan.locator('.record')).toHaveText('기사 밖의 기록');
    await expect(plan.locator('.status')).toHaveText('계획으로 밝힌 일');
  });

  test('says beside a plan of the article when a later report says it happened', async ({
    page,
  }) => {
    const devday = page.locator('#devday-exchange .meta .follow-up');
    await expect(devday).toHaveText(
      /있었다는 보도: 2025년 11월 13일 \(kmjournal\.net, 확인 정도: 보통\)/,
    );
    await expect(devday.locator('time')).toHaveAttribute('datetime', '2025-11-13');
    await expect(page.locator('#snu-mou .meta .follow-up time')).toHaveAttribute(
      'datetime',
      '2025-09-11',
    );
    // A same-day report of the plan is no report that it happened.
    await expect(page.locator('#founder-day .meta .follow-up')).toHaveCount(0);
  });

  test('shows a later outcome beside what was announced, with its own source', async ({ page }) => {
    const kakao = page.locator('#kakao-partnership');
    // Announced to the month; the day comes from a later report and is shown apart.
    await expect(kakao.locator('.meta time')).toHaveText('2025년 2월');
    const outcome = kakao.locator('.outcomes li');
    await expect(outcome.locator('time')).toHaveAttribute('datetime', '2025-02-04');
    await expect(outcome.getByRole('link', { name: '코리아타임스' })).toHaveAttribute(
      'href',
      'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=391539',
    );
    const devday = page.locator('#devday-exchange');
    await expect(devday.locator('.meta time')).toHaveText('2025년 11월');
    await expect(devday.locator('.outcomes')).toContainText('확인 정도: 보통');
  });

  test('an /#event-id link lands on that entry, clear of the sticky heading', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('./#founder-day');
    const entry = page.locator('#founder-day');
    await expect(entry).toBeInViewport();
    await expect(page.locator(':target')).toHaveId('founder-day');
    // How far the entry's top is below the sticky heading's bottom, once scrolling settles.
    const heading = page.locator('#month-2025-09');
    await expect
      .poll(async () => {
        const entryTop = (await entry.boundingBox())?.y ?? -1;
        const headingBottom = await heading.evaluate((el) => el.getBoundingClientRect().bottom);
        return entryTop - headingBottom;
      })
      .toBeGreaterThanOrEqual(0);
  });
});
