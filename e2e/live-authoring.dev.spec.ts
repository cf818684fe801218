import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { toBeHydrated } from './hydration';

// Runs against `npm run dev` over a copy of the fixture posts (scripts/dev-e2e.mjs).
const posts = path.resolve('.cache/dev-e2e/posts');
const edit = (file: string, change: (text: string) => string) => {
  const full = path.join(posts, file);
  fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
};

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test('saving a post or authors.yml updates the open page in place', async ({ page }) => {
  await page.goto('/2024/03/05/nested/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nested date folders');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  edit('2024/03/05/nested.md', (text) =>
    text
      .replace('title: Nested date folders', 'title: Nested date folders, edited')
      .replace('No truncate marker here.', 'A sentence added while the page was open.'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nested date folders, edited', {
    timeout: 30_000,
  });
  await expect(page.getByText('A sentence added while the page was open.')).toBeVisible();

  edit('authors.yml', (text) => text.replace('name: Jane Kim', 'name: Jane K. Kim'));
  await expect(
    page.locator('article header').getByRole('link', { name: 'Jane K. Kim' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  // Updated in place: the page's JavaScript state survived.
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
});

test('a tab in the background lets go of the dev server, and catches up when shown', async ({
  page,
}) => {
  await page.goto('/2026/03/01/morning/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning in Seoul');
  const setHidden = (hidden: boolean) =>
    page.evaluate((value) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);

  await setHidden(true);
  edit('2026-03-01-morning.md', (text) => text.replace('Morning in Seoul', 'Morning in Busan'));
  // Hidden, the page has no connection to hear of the save on.
  await page.waitForTimeout(3000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning in Seoul');

  await setHidden(false);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Morning in Busan', {
    timeout: 30_000,
  });
});

test('a new post appears; an MDX error in it names the file and line, and fixing it recovers', async ({
  page,
}) => {
  fs.writeFileSync(
    path.join(posts, 'live.mdx'),
    '---\ntitle: Written live\ndate: 2026-11-01\n---\n\nThe answer is {40 + 2}.\n',
  );
  // The dev server learns of the new file from a file watcher, a moment after it is written.
  await expect(async () => {
    await page.goto('/live/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Written live', {
      timeout: 1000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('The answer is 42.')).toBeVisible();

  edit('live.mdx', (text) => text.replace('The answer is {40 + 2}.', 'The answer is <b>broken.'));
  await expect(
    page.getByText(/posts\/live\.mdx:6:15: MDX: Expected a closing tag for `<b>`/).first(),
  ).toBeVisible({ timeout: 30_000 });

  edit('live.mdx', (text) => text.replace('The answer is <b>broken.', 'The answer is {40 + 1}.'));
  await expect(page.getByText('The answer is 41.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Written live');
});

test('the files a post links next to it are served as the export will have them', async ({
  page,
}) => {
  await page.goto('/2024/04/01/folder-post/');
  const image = page.getByRole('img', { name: 'A diagram' });
  await expect(image).toHaveAttribute('src', /^\/_assets\/[0-9a-f]+\/diagram\.png$/);
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBeGreaterThan(0);
  const missing = await page.request.get('/_assets/000000000000/missing.png');
  expect(missing.status()).toBe(404);
});

test('a post page and a list render without React warnings in the console', async ({ page }) => {
  // The dev server replays its own (server components') warnings in the browser's console too;
  // a warning there is also a badge on Next's overlay, over every page the writer opens. Not
  // counted: images that do not load (the fixture's author picture, a remote one offline).
  const warnings: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (/^(error|warning)$/.test(message.type()) && !text.startsWith('Failed to load resource'))
      warnings.push(text);
  });
  await page.goto('/2026/02/20/kube-rs-contribution/');
  // The post's text after its truncate marker, and the page hydrated.
  await expect(page.getByRole('heading', { name: '기여 전체 목록' })).toBeVisible();
  await toBeHydrated(page.getByRole('button', { name: /테마 바꾸기/ }));
  // The home page: excerpts, each ending at its marker.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await toBeHydrated(page.getByRole('button', { name: /테마 바꾸기/ }));
  expect(warnings).toEqual([]);
});
