import { expect, test, type Page } from '@playwright/test';

const EVENT_IDS = [
  'kakao-partnership',
  'builder-lab',
  'seoul-office-announcement',
  'creative-lab-seoul',
  'seoul-light-ddp',
  'launch-press-conference',
  'snu-mou',
  'founder-day',
  'head-of-korea-appointment',
  'stargate-korea-agreements',
  'economic-blueprint',
  'devday-exchange',
  'head-of-korea-press-conference',
  'data-center-groundbreaking-plan',
];

const PARTNERS = [
  '카카오',
  'GS건설',
  '토스',
  'KT',
  'LG전자',
  'SKT',
  '서울대학교',
  '서울디자인재단',
  '한국 정부',
  '삼성',
  'SK',
];

/** How many quotes the quote list shows. */
const QUOTE_COUNT = 9;

/** The header's navigation, as a visitor uses it. */
const nav = (page: Page) => page.getByRole('navigation', { name: '주 메뉴' });

test.describe('event pages', () => {
  test('every event opens from its timeline entry and shows what it should', async ({ page }) => {
    for (const id of EVENT_IDS) {
      await page.goto('./');
      const entry = page.locator(`#${id}`);
      // The entry's title, read once the timeline shows it, is what the event page must show.
      const heading = entry.getByRole('heading', { level: 4 });
      await expect(heading).not.toBeEmpty();
      const title = (await heading.textContent()) ?? '';
      await entry.getByRole('link', { name: title }).click();

      await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(`${title} · 오픈AI 코리아 타임라인`);
      await expect(page.locator('.meta time').first()).toBeVisible();
      await expect(page.locator('.meta .status')).toHaveText(
        /^(기사 시점에 (이미 있었던 일|아직 예정이던 일)|있었던 일|계획으로 밝힌 일)$/,
      );
      await expect(page.locator('.meta .record')).toHaveText(/^(기사가 전한 일|기사 밖의 기록)$/);
      // The article's events cite the article; every event cites a source.
      const sources = page.locator('section[aria-labelledby="sources"]');
      if ((await page.locator('.meta .record').textContent()) === '기사가 전한 일') {
        await expect(sources.getByRole('link', { name: /^바이라인네트워크/ })).toHaveAttribute(
          'href',
          'https://byline.network/2025/09/91014',
        );
      }
      await expect(sources.getByRole('link').first()).toBeVisible();
      await expect(page.locator('.body p').first()).not.toBeEmpty();
    }
  });

  test('the launch page shows its place, partners, quotes and later outcome', async ({ page }) => {
    await page.goto('events/launch-press-conference/');
    await expect(page.locator('.facts')).toContainText('서울 광진구 파이팩토리 스튜디오');
    await expect(page.locator('.facts time')).toHaveAttribute('datetime', '2025-09-10');
    for (const name of ['카카오', 'GS건설', '토스', 'KT', 'LG전자', 'SKT', '한국 정부']) {
      await expect(
        page.locator('p.partners').getByRole('link', { name, exact: true }),
      ).toBeVisible();
    }
    const quotes = page.locator('section[aria-labelledby="quotes"] blockquote');
    await expect(quotes).toHaveCount(9);
    const outcomes = page.locator('section[aria-labelledby="outcomes"]');
    await expect(outcomes).toContainText('김경훈');
    await expect(outcomes.locator('time')).toHaveAttribute('datetime', '2025-09-29');
    await expect(outcomes.getByRole('link', { name: '헤럴드경제' })).toHaveAttribute(
      'href',
      'https://biz.heraldcorp.com/article/10585638',
    );
  });

  test('an announcement and what followed lead to each other', async ({ page }) => {
    await page.goto('events/launch-press-conference/');
    const followedBy = page.locator('section[aria-labelledby="followed-by"]');
    await expect(followedBy.getByRole('heading', { level: 2 })).toHaveText('이어진 일');
    await followedBy
      .getByRole('link', { name: '김경훈, 오픈AI 첫 한국 지사 총괄 대표로 선임' })
      .click();
    await expect(page).toHaveURL(/\/events\/head-of-korea-appointment\/$/);
    const follows = page.locator('section[aria-labelledby="follows"]');
    await expect(follows.getByRole('heading', { level: 2 })).toHaveText('앞선 발표');
    // The source that links the two.
    await expect(follows.getByRole('link', { name: '헤럴드경제' })).toHaveAttribute(
      'href',
      'https://biz.heraldcorp.com/article/10585638',
    );
    // The quote that said it would come soon is on the appointment's page too.
    await expect(page.locator('section[aria-labelledby="quotes"]')).toContainText(
      '곧 발표할 수 있을 것',
    );
    await follows.getByRole('link', { name: '오픈AI 코리아 공식 출범 기자회견' }).click();
    await expect(page).toHaveURL(/\/events\/launch-press-conference\/$/);
  });

  test('next and previous links walk the whole timeline in order', async ({ page }) => {
    await page.goto(`events/${EVENT_IDS[0]}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
    for (const id of EVENT_IDS.slice(1)) {
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    }
    await expect(page.locator('a[rel="next"]')).toHaveCount(0);
    for (const id of EVENT_IDS.toReversed().slice(1)) {
      await page.locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(new RegExp(`/events/${id}/$`));
    }
  });

  test('“back to the timeline” lands on the event’s own entry', async ({ page }) => {
    await page.goto('events/snu-mou/');
    await page.getByRole('link', { name: '타임라인으로 돌아가기' }).click();
    await expect(page).toHaveURL(/\/#snu-mou$/);
    await expect(page.locator('#snu-mou')).toBeInViewport();
  });
});

test.describe('partners', () => {
  test('the list names every organisation on the record, each linked to its page', async ({
    page,
  }) => {
    await page.goto('./');
    await nav(page).getByRole('link', { name: '파트너' }).click();
    await expect(page).toHaveURL(/\/partners\/$/);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(PARTNERS);

    for (const name of PARTNERS) {
      await page.goto('partners/');
      await page
        .getByRole('heading', { level: 2 })
        .getByRole('link', { name, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
      await expect(page.locator('.summary')).not.toBeEmpty();
      await expect(page.locator('section[aria-labelledby="sources"] a').first()).toBeVisible();
    }
  });

  test('a partner page lists the partner’s events, which lead to their pages', async ({ page }) => {
    await page.goto('partners/kakao/');
    const events = page.locator('section[aria-labelledby="events"] li > a');
    await expect(events).toHaveText(['카카오와 전략적 제휴', '오픈AI 코리아 공식 출범 기자회견']);
    await events.first().click();
    await expect(page).toHaveURL(/\/events\/kakao-partnership\/$/);
  });
});

test.describe('quotes', () => {
  test('every quote opens from the list and shows speaker, role, event and source', async ({
    page,
  }) => {
    await page.goto('./');
    await nav(page).getByRole('link', { name: '발언' }).click();
    await expect(page).toHaveURL(/\/quotes\/$/);
    await expect(page.locator('ol.quotes > li')).toHaveCount(QUOTE_COUNT);

    for (let index = 0; index < QUOTE_COUNT; index++) {
      await page.goto('quotes/');
      const item = page.locator('ol.quotes > li').nth(index);
      // The words as the list shows them, read before the click: the quote's page must show them.
      const quote = item.locator('blockquote');
      await expect(quote).not.toBeEmpty();
      const words = (await quote.textContent()) ?? '';
      await item.locator('figcaption a').click();

      await expect(page).toHaveURL(/\/quotes\/[a-z0-9-]+\/$/);
      await expect(page.locator('main blockquote')).toHaveText(words);
      await expect(page.locator('main figcaption')).toHaveText(
        '제이슨 권, 오픈AI 최고전략책임자(CSO)',
      );
      await expect(page.locator('main blockquote')).toHaveAttribute(
        'cite',
        'https://byline.network/2025/09/91014',
      );
      const saidAt = page.locator('section[aria-labelledby="said-at"]');
      await expect(saidAt.getByRole('link')).toHaveText('오픈AI 코리아 공식 출범 기자회견');
    }
  });

  test('a quote links to the event it was said at and the events it speaks of', async ({
    page,
  }) => {
    await page.goto('quotes/snu-mou-starting-point/');
    await page
      .locator('section[aria-labelledby="about"]')
      .getByRole('link', { name: '서울대학교와 양해각서 체결' })
      .click();
    await expect(page).toHaveURL(/\/events\/snu-mou\/$/);
    // The event page shows the quote in turn.
    await expect(page.locator('section[aria-labelledby="quotes"] blockquote')).toContainText(
      '서울대학교와 양해각서(MOU)를 체결할 것이며',
    );
  });
});
