/** The article the whole site is written from; the footer of every page names it. */
export const PRIMARY_SOURCE = {
  url: 'https://byline.network/2025/09/91014',
  publisher: '바이라인네트워크',
  author: '최가람',
  title: '오픈AI 코리아 공식 출범…“한국은 AI 풀스택 생태계 갖춘 곳”',
  date: '2025-09-10',
} as const;
