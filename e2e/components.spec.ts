import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';

const POST = '/2026/02/20/kube-rs-contribution/';
const SUMMARY = '20개 PR 목록 - bug fix 7개, feature 4개, improvement 2개, infra 7개';

const gallery = (page: Page) => page.getByRole('list', { name: '이미지 2장' });
const lightbox = (page: Page) => page.getByRole('dialog');

test.describe('the review screenshots', () => {
  test('open in a lightbox on click; → shows the second; Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto(POST);
    const first = gallery(page).getByRole('link', { name: 'first-review-1.png' });
    await expect(first).toHaveAttribute('aria-haspopup', 'dialog');
    await first.click();

    const dialog = page.getByRole('dialog', { name: 'first-review-1.png' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('1 / 2', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('img', { name: 'first-review-1.png' })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: 'first-review-2.png' })).toBeVisible();
    await expect(lightbox(page).getByText('2 / 2', { exact: true })).toBeVisible();
    await expect(lightbox(page).getByRole('img')).toHaveAttribute(
      'src',
      '/img/blog/2026-02-20/first-review-2.png',
    );

    await page.keyboard.press('Escape');
    await expect(lightbox(page)).toHaveCount(0);
    await expect(first).toBeFocused();
  });

  test('open with Enter, keep focus inside, lock the page and close on the button or backdrop', async ({
    page,
  }) => {
    await page.goto(POST);
    const second = gallery(page).getByRole('link', { name: 'first-review-2.png' });
    await second.focus();
    await page.keyboard.press('Enter');
    const dialog = lightbox(page);
    await expect(dialog).toBeVisible();
    const close = dialog.getByRole('button', { name: '닫기' });
    await expect(close).toBeFocused();

    // Close, previous, next, and round again: Tab never leaves the dialog.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: '이전 이미지' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(close).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: '다음 이미지' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('1 / 2', { exact: true })).toBeVisible();

    // The page behind cannot scroll (Chromium keeps it still under a modal anyway; Safari and
    // Firefox would scroll it on touch or at the dialog's edges without this).
    const pageOverflow = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).overflowY);
    expect(await pageOverflow()).toBe('hidden');

    await close.click();
    await expect(dialog).toHaveCount(0);
    await expect(second).toBeFocused();
    expect(await pageOverflow()).not.toBe('hidden');

    await second.click();
    await expect(dialog).toBeVisible();
    const size = page.viewportSize();
    await page.mouse.click(20, (size?.height ?? 720) - 20);
    await expect(dialog).toHaveCount(0);
    await expect(second).toBeFocused();
  });

  test('a single image opens alone, without a counter', async ({ page }) => {
    await page.goto(POST);
    await page.getByRole('link', { name: 'bug.png' }).click();
    const dialog = page.getByRole('dialog', { name: 'bug.png' });
    await expect(dialog.getByRole('img', { name: 'bug.png' })).toBeVisible();
    await expect(dialog.getByText('/')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: '다음 이미지' })).toHaveCount(0);
  });

  test('the lightbox animates only when motion is welcome', async ({ page }) => {
    await page.goto(POST);
    const animation = () =>
      lightbox(page).evaluate((element) => getComputedStyle(element).animationName);
    await gallery(page).getByRole('link').first().click();
    expect(await animation()).toBe('lightbox-fade');
    await page.keyboard.press('Escape');

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await gallery(page).getByRole('link').first().click();
    expect(await animation()).toBe('none');
  });

  test('axe finds nothing serious with the lightbox open', async ({ page }) => {
    await page.goto(POST);
    await gallery(page).getByRole('link').first().click();
    await expect(lightbox(page)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('the gallery layout', () => {
  test('is a grid on wide screens, with room kept for images not loaded yet', async ({ page }) => {
    // Images that never arrive: the boxes must already have their size from the build.
    await page.route('**/img/blog/2026-02-20/first-review-*.png', (route) => route.abort());
    await page.goto(POST);
    const images = gallery(page).getByRole('img');
    const [first, second] = await Promise.all([
      images.nth(0).boundingBox(),
      images.nth(1).boundingBox(),
    ]);
    if (!first || !second) throw new Error('the gallery images are not laid out');
    expect(second.y).toBeCloseTo(first.y, 0);
    expect(second.x).toBeGreaterThan(first.x + first.width);
    // 1200 × 720 files: the boxes keep that shape.
    expect(first.height / first.width).toBeCloseTo(720 / 1200, 1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('is a row that scrolls sideways', async ({ page }) => {
      await page.goto(POST);
      const list = gallery(page);
      const { scrollWidth, clientWidth } = await list.evaluate((element) => ({
        scrollWidth: element.scrollWidth,
        clientWidth: element.clientWidth,
      }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    });
  });
});

test.describe('swiping', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('moves through the gallery on touch screens', async ({ page }) => {
    await page.goto(POST);
    await gallery(page).getByRole('link', { name: 'first-review-1.png' }).tap();
    await expect(page.getByRole('dialog', { name: 'first-review-1.png' })).toBeVisible();
    const swipe = (fromX: number, toX: number) =>
      page.locator('.lightbox-stage').evaluate(
        (stage, { from, to }) => {
          const touch = (x: number) =>
            new Touch({ identifier: 1, target: stage, clientX: x, clientY: 300 });
          const fire = (type: string, x: number, active: boolean) =>
            stage.dispatchEvent(
              new TouchEvent(type, {
                bubbles: true,
                touches: active ? [touch(x)] : [],
                changedTouches: [touch(x)],
              }),
            );
          fire('touchstart', from, true);
          fire('touchend', to, false);
        },
        { from: fromX, to: toX },
      );
    await swipe(300, 80);
    await expect(page.getByRole('dialog', { name: 'first-review-2.png' })).toBeVisible();
    await swipe(80, 300);
    await expect(page.getByRole('dialog', { name: 'first-review-1.png' })).toBeVisible();
  });
});

test.describe('the PR table', () => {
  test('is closed at first, counts by category and filters by chip', async ({ page }) => {
    await page.goto(POST);
    const summary = page.getByText(SUMMARY, { exact: true });
    await expect(summary).toBeVisible();
    const counts = /bug fix (\d+)개, feature (\d+)개, improvement (\d+)개, infra (\d+)개/
      .exec((await summary.textContent()) ?? '')
      ?.slice(1);
    expect(counts).toEqual(['7', '4', '2', '7']);

    const table = page.getByRole('table');
    await expect(table).toBeHidden();
    await summary.click();
    await expect(table).toBeVisible();
    const rows = table.locator('tbody').getByRole('row');
    await expect(rows).toHaveCount(20);
    await expect(rows.first().getByRole('link', { name: '#1836' })).toHaveAttribute(
      'href',
      'https://github.com/kube-rs/kube/pull/1836',
    );

    const infra = page.getByRole('button', { name: /^infra/ });
    await expect(infra).toHaveAttribute('aria-pressed', 'false');
    await infra.click();
    await expect(infra).toHaveAttribute('aria-pressed', 'true');
    await expect(rows).toHaveCount(7);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('20개 중 7개 표시');
    for (const category of await rows.locator('td:last-child').allTextContents()) {
      expect(category).toBe('infra');
    }

    await page.getByRole('button', { name: /^feature/ }).click();
    await expect(rows).toHaveCount(11);
    await infra.click();
    await page.getByRole('button', { name: /^feature/ }).click();
    await expect(rows).toHaveCount(20);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('20개 중 20개 표시');
  });

  test('sorts by PR number', async ({ page }) => {
    await page.goto(POST);
    await page.getByText(SUMMARY, { exact: true }).click();
    const header = page.getByRole('columnheader', { name: /PR/ });
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await header.getByRole('button', { name: 'PR 번호로 정렬' }).click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const numbers = await page
      .getByRole('table')
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    expect(numbers.slice(0, 3)).toEqual(['#1940', '#1937', '#1936']);
    expect(numbers).toHaveLength(20);
  });

  test('opens from the keyboard', async ({ page }) => {
    await page.goto(POST);
    await page.getByText(SUMMARY, { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table')).toBeVisible();
  });

  test('axe finds nothing serious with the table open', async ({ page }) => {
    await page.goto(POST);
    await page.getByText(SUMMARY, { exact: true }).click();
    await page.getByRole('button', { name: /^infra/ }).click();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every image shows and links to its file; the table opens with all 20 rows', async ({
    page,
  }) => {
    // The cover image is on imgur; tests stay offline, so a local PNG stands in for it.
    await page.route('https://i.imgur.com/**', (route) =>
      route.fulfill({ path: 'public/img/blog/2026-02-20/bug.png' }),
    );
    await page.goto(POST);
    const images = page.locator('article .prose img');
    await expect(images).toHaveCount(7);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect(image).toBeVisible();
      // Loaded, not a broken-image box.
      expect(
        await image.evaluate((element: HTMLImageElement) => element.naturalWidth),
      ).toBeGreaterThan(0);
    }
    const first = gallery(page).getByRole('link', { name: 'first-review-1.png' });
    await expect(first).toHaveAttribute('href', '/img/blog/2026-02-20/first-review-1.png');
    await expect(first).not.toHaveAttribute('aria-haspopup', 'dialog');

    await expect(page.getByRole('button', { name: /^infra/ })).toBeHidden();
    const table = page.getByRole('table');
    await expect(table).toBeHidden();
    await page.getByText(SUMMARY, { exact: true }).click();
    await expect(table.locator('tbody').getByRole('row')).toHaveCount(20);
    await expect(table.getByRole('columnheader', { name: 'PR', exact: true })).toBeVisible();
  });
});
