import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { toBeHydrated } from './hydration';

const POST = '/2026/02/20/kube-rs-contribution/';
const SUMMARY = '20개 PR 목록 - bug fix 7개, feature 4개, improvement 2개, infra 7개';

// The screenshots by their alt text, which says what each shows.
const FIRST_REVIEW = /^clux의 첫 리뷰/;
const SECOND_REVIEW = /^clux의 리뷰: 테스트 하나와/;
const BUG_REPORT = /^watcher가 with_jitter\(\)의 반환값을/;

const gallery = (page: Page) => page.getByRole('list', { name: '이미지 2장' });
const lightbox = (page: Page) => page.getByRole('dialog');

// A string from the lightbox dialog's code (one that survives minification).
const DIALOG_CODE = '[tabindex]:not([tabindex="-1"])';

test('the lightbox’s code is fetched when an image is first opened, not with the page', async ({
  page,
}) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text());
  });
  const scripts = async () => (await Promise.all(bodies)).join('\n');
  await page.goto(POST, { waitUntil: 'networkidle' });
  const first = gallery(page).getByRole('link', { name: FIRST_REVIEW });
  await expect(first).toHaveAttribute('aria-haspopup', 'dialog');
  expect(await scripts()).not.toContain(DIALOG_CODE);
  await first.click();
  await expect(lightbox(page)).toBeVisible();
  expect(await scripts()).toContain(DIALOG_CODE);
});

test.describe('the review screenshots', () => {
  test('open in a lightbox on click; → shows the second; Escape closes it and returns focus', async ({
    page,
  }) => {
    await page.goto(POST);
    const first = gallery(page).getByRole('link', { name: FIRST_REVIEW });
    await expect(first).toHaveAttribute('aria-haspopup', 'dialog');
    await first.click();

    const dialog = page.getByRole('dialog', { name: FIRST_REVIEW });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('1 / 2', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('img', { name: FIRST_REVIEW })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('dialog', { name: SECOND_REVIEW })).toBeVisible();
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
    const second = gallery(page).getByRole('link', { name: SECOND_REVIEW });
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
    await page.getByRole('link', { name: BUG_REPORT }).click();
    const dialog = page.getByRole('dialog', { name: BUG_REPORT });
    await expect(dialog.getByRole('img', { name: BUG_REPORT })).toBeVisible();
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
  test('keeps room for images not loaded yet, and shows wide screenshots one under the other', async ({
    page,
  }) => {
    // Images that never arrive (the originals and their smaller copies): the boxes must already
    // have their size from the build.
    await page.route('**/*first-review-*', (route) => route.abort());
    await page.goto(POST);
    const images = gallery(page).getByRole('img');
    const [first, second] = await Promise.all([
      images.nth(0).boundingBox(),
      images.nth(1).boundingBox(),
    ]);
    if (!first || !second) throw new Error('the gallery images are not laid out');
    // 1624 × 564 and 1624 × 322 screenshots: too wide to read side by side.
    expect(second.y).toBeGreaterThan(first.y + first.height);
    expect(second.x).toBeCloseTo(first.x, 0);
    expect(first.height / first.width).toBeCloseTo(564 / 1624, 2);
    // As wide as the text column.
    const column = await page.locator('.prose').first().boundingBox();
    expect(first.width).toBeCloseTo(column?.width ?? 0, -1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('stacks the images at the width of the text, never wider than the page', async ({
      page,
    }) => {
      await page.goto(POST);
      const images = gallery(page).getByRole('img');
      const first = await images.nth(0).boundingBox();
      const second = await images.nth(1).boundingBox();
      if (!first || !second) throw new Error('the gallery images are not laid out');
      expect(first.width).toBeGreaterThan(330);
      expect(second.y).toBeGreaterThan(first.y + first.height);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
      // The phone loads a smaller copy, not the 1624 px original.
      await images.nth(0).scrollIntoViewIfNeeded();
      await expect
        .poll(() => images.nth(0).evaluate((image: HTMLImageElement) => image.currentSrc))
        .toMatch(/first-review-1-(480|800|1200)w\.webp$/);
    });

    test('the lightbox keeps previous and next off the image, on an opaque backdrop', async ({
      page,
    }) => {
      await page.goto(POST);
      await gallery(page).getByRole('link', { name: FIRST_REVIEW }).click();
      const dialog = lightbox(page);
      await expect(dialog).toBeVisible();
      const image = await dialog.getByRole('img').boundingBox();
      for (const name of ['이전 이미지', '다음 이미지']) {
        const button = await dialog.getByRole('button', { name }).boundingBox();
        if (!image || !button) throw new Error('the lightbox is not laid out');
        const overlaps =
          button.y < image.y + image.height &&
          button.y + button.height > image.y &&
          button.x < image.x + image.width &&
          button.x + button.width > image.x;
        expect(overlaps, `${name} overlaps the image`).toBe(false);
      }
      const background = await dialog.evaluate(
        (element) => getComputedStyle(element).backgroundColor,
      );
      expect(background).toBe('rgb(3, 7, 18)');
    });
  });
});

test.describe('swiping', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('moves through the gallery on touch screens', async ({ page }) => {
    await page.goto(POST);
    await gallery(page).getByRole('link', { name: FIRST_REVIEW }).tap();
    await expect(page.getByRole('dialog', { name: FIRST_REVIEW })).toBeVisible();
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
    await expect(page.getByRole('dialog', { name: SECOND_REVIEW })).toBeVisible();
    await swipe(80, 300);
    await expect(page.getByRole('dialog', { name: FIRST_REVIEW })).toBeVisible();
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

    const columnEdges = () =>
      table
        .getByRole('columnheader')
        .evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().left)));
    const edges = await columnEdges();
    const infra = page.getByRole('button', { name: /^infra/ });
    await expect(infra).toHaveAttribute('aria-pressed', 'false');
    // The chips show once the head script marks the page as scripted; they act once hydrated.
    await toBeHydrated(infra);
    await infra.click();
    await expect(infra).toHaveAttribute('aria-pressed', 'true');
    await expect(rows).toHaveCount(7);
    await expect(page.getByRole('main').getByRole('status')).toHaveText('20개 중 7개 표시');
    for (const category of await rows.locator('td:last-child').allTextContents()) {
      expect(category).toBe('infra');
    }
    // Numbered as shown, without gaps; the columns stay where they were.
    expect(await rows.locator('td:first-child').allTextContents()).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
    ]);
    expect(await columnEdges()).toEqual(edges);

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
    const sort = header.getByRole('button', { name: 'PR 번호로 정렬' });
    await toBeHydrated(sort);
    await sort.click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const numbers = await page
      .getByRole('table')
      .locator('tbody tr td:nth-child(2)')
      .allTextContents();
    expect(numbers.slice(0, 3)).toEqual(['#1940', '#1937', '#1936']);
    expect(numbers).toHaveLength(20);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test('fits the screen: the category follows the title, titles keep to one or two lines', async ({
      page,
    }) => {
      await page.goto(POST);
      await page.getByText(SUMMARY, { exact: true }).click();
      const scroller = page.locator('.pr-table-scroll');
      const fits = await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth);
      expect(fits).toBe(true);
      const titles = page.getByRole('table').locator('tbody tr td:nth-child(3)');
      await expect(titles.first()).toContainText('fix(predicate)');
      await expect(titles.first().locator('.pr-category')).toBeVisible();
      // Lines of each title's text (its badge may take a line of its own).
      const lines = await titles.evaluateAll((cells) =>
        cells.map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell.firstChild ?? cell);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size;
        }),
      );
      expect(Math.max(...lines)).toBeLessThanOrEqual(3);
      expect(lines.filter((count) => count <= 2).length).toBeGreaterThanOrEqual(18);
    });
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
    const infra = page.getByRole('button', { name: /^infra/ });
    await toBeHydrated(infra);
    await infra.click();
    await expect(infra).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every image shows and links to its file; the table opens with all 20 rows', async ({
    page,
  }) => {
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
    const first = gallery(page).getByRole('link', { name: FIRST_REVIEW });
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
