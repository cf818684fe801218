import { expect, test } from '@playwright/test';
import { toBeHydrated } from './hydration';

const POST = '/2026/02/20/kube-rs-contribution/';

test('a reader goes from the list to a post, a tag, the tags index, the archive, an author and back', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.locator('main article').first();
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('kube-rs 4개월 기여 기록');
  await expect(card.getByText('2026년 2월 20일')).toBeVisible();
  await expect(card.getByText(/\d+분 분량/)).toBeVisible();
  await expect(card.getByText('그 사이에 있었던 일들을 기록해둔다.')).toBeVisible();
  await expect(card.getByText('회사에서')).toHaveCount(0);

  await card.getByRole('link', { name: /더 읽기/ }).click();
  await expect(page).toHaveURL(POST);
  await expect(page).toHaveTitle('kube-rs 4개월 기여 기록 | doxxx.log');

  await page
    .locator('article footer')
    .getByRole('link', { name: 'kubernetes', exact: true })
    .click();
  await expect(page).toHaveURL('/tags/kubernetes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '"kubernetes" 태그가 붙은 글 1개',
  );

  await page.getByRole('link', { name: '모든 태그' }).click();
  await expect(page).toHaveURL('/tags/');
  await expect(page.getByRole('heading', { level: 2, name: 'K' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'kube-rs 1' })).toBeVisible();

  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: '아카이브' })
    .click();
  await expect(page).toHaveURL('/archive/');
  await expect(page.getByRole('heading', { level: 2, name: /2026/ })).toBeVisible();

  await page.getByRole('link', { name: 'kube-rs 4개월 기여 기록' }).click();
  await expect(page).toHaveURL(POST);
  await page.locator('article header').getByRole('link', { name: 'doxxx' }).click();
  await expect(page).toHaveURL('/authors/doxxx/');
  await expect(page.getByRole('heading', { level: 1, name: 'doxxx' })).toBeVisible();
  await expect(page.getByText('doxxx의 글 1개')).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(POST);
  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: '작성자' })
    .click();
  await expect(page).toHaveURL('/authors/');
  await expect(page.getByRole('main').getByRole('link', { name: /doxxx/ })).toContainText('글 1개');
});

test('the table of contents jumps to its headings and marks the one being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(POST);
  const toc = page.getByRole('navigation', { name: '이 글의 목차' }).first();
  await expect(toc.getByRole('link')).toHaveText([
    '시작',
    '작업 기록',
    '돌아보며',
    '기여 전체 목록',
  ]);
  await toc.getByRole('link', { name: '돌아보며' }).click();
  await expect(page).toHaveURL(`${POST}#${encodeURIComponent('돌아보며')}`);
  await expect(page.getByRole('heading', { level: 2, name: '돌아보며' })).toBeInViewport();
  await expect(toc.locator('a[data-active]')).toHaveText('돌아보며');
});

test('small screens get a menu and a collapsed table of contents', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(POST);
  await expect(page.getByRole('navigation', { name: '이 글의 목차' })).toBeHidden();
  const mobileToc = page.locator('details', { hasText: '이 글의 목차' });
  await expect(mobileToc.getByRole('link', { name: '시작' })).toBeHidden();
  await mobileToc.locator('summary').click();
  await mobileToc.getByRole('link', { name: '작업 기록' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '작업 기록' })).toBeInViewport();

  await page.locator('header summary', { hasText: '메뉴' }).click();
  await page.getByRole('link', { name: '아카이브' }).last().click();
  await expect(page).toHaveURL('/archive/');
});

test('a missing page answers 404 in Korean with ways back', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await page.getByRole('link', { name: '홈으로' }).click();
  await expect(page).toHaveURL('/');
});

test('every page says what it is in its head', async ({ page }) => {
  await page.goto(POST);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    `http://localhost:3000${POST}`,
  );
  await expect(page.locator('meta[name=description]')).toHaveAttribute(
    'content',
    'kube-rs 프로젝트에 4개월간 20개의 PR을 기여하면서 겪은 시행착오와 배운 점들을 기록합니다.',
  );
});

test('the blog sidebar lists the recent posts on every blog page and marks the one being read, after hydration too', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sidebar = page.getByRole('navigation', { name: '최근 글' });
  const link = sidebar.getByRole('link', { name: 'kube-rs 4개월 기여 기록' });
  // React has hydrated the sidebar's element (rendered on every page: the site's sidebar is short).
  const hydrated = () => toBeHydrated(page.locator('nav[data-blog-sidebar]'));
  for (const [path, current] of [
    [POST, 'page'],
    ['/', null],
    ['/tags/kubernetes/', null],
  ] as const) {
    await page.goto(path);
    await hydrated();
    await expect(sidebar.getByText('2026', { exact: true })).toBeVisible();
    await expect(link).toHaveAttribute('href', POST);
    if (current) await expect(link).toHaveAttribute('aria-current', current);
    else await expect(link).not.toHaveAttribute('aria-current');
  }
  await page.goto(`/en${POST}`);
  await hydrated();
  await expect(
    page
      .getByRole('navigation', { name: 'Recent posts' })
      .getByRole('link', { name: 'Four months of contributing to kube-rs' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});
