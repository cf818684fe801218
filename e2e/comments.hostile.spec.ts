/**
 * giscus comments on the hostile test site (its config turns them on, one post turns them off).
 * giscus.app is answered here: its client puts an iframe that reports the theme it is given.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

const WITH_COMMENTS = '/2026/05/01/raw-html/';
const WITHOUT_COMMENTS = '/2026/05/02/markdown-links/';

const CLIENT = `(function(){
var s=document.currentScript,f=document.createElement('iframe');
f.className='giscus-frame';
f.src='https://giscus.app/widget?'+new URLSearchParams({theme:s.dataset.theme,repo:s.dataset.repo,category:s.dataset.category,lang:s.dataset.lang});
s.parentNode.appendChild(f);
})()`;
const WIDGET = `<!doctype html><script>
console.log('giscus theme ' + new URLSearchParams(location.search).get('theme'));
addEventListener('message', function (e) { console.log('giscus theme ' + e.data.giscus.setConfig.theme); });
</script>`;

/** Answers for giscus.app; returns the URLs asked for and the themes the widget was given. */
async function fakeGiscus(page: Page) {
  const requests: string[] = [];
  const themes: string[] = [];
  page.on('console', (message) => {
    const theme = /^giscus theme (.+)$/.exec(message.text())?.[1];
    if (theme) themes.push(theme);
  });
  await page.route('https://giscus.app/**', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.endsWith('/client.js'))
      await route.fulfill({ contentType: 'text/javascript', body: CLIENT });
    else await route.fulfill({ contentType: 'text/html', body: WIDGET });
  });
  return { requests, themes };
}

test('comments load only when the reader nears them, with the site’s theme, and follow it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 400 });
  const giscus = await fakeGiscus(page);
  await page.goto(WITH_COMMENTS);
  const comments = page.getByRole('region', { name: 'Comments' });
  await expect(comments).toBeAttached();
  await page.waitForLoadState('networkidle');
  const farEnough = await comments.evaluate(
    (element) => element.getBoundingClientRect().top > window.innerHeight + 800,
  );
  if (farEnough) expect(giscus.requests).toEqual([]);

  await comments.scrollIntoViewIfNeeded();
  await expect(comments.locator('iframe.giscus-frame')).toBeAttached();
  // The iframe is in the page a moment before its request reaches the fake giscus.app.
  await expect.poll(() => giscus.requests.length).toBe(2);
  expect(giscus.requests[0]).toBe('https://giscus.app/client.js');
  const widget = new URL(giscus.requests[1] ?? '');
  // The config's values arrive as written, quotes and all, as data, never as markup.
  expect(widget.searchParams.get('repo')).toBe('example/hostile-comments');
  expect(widget.searchParams.get('category')).toBe('Comments "quoted"');
  expect(widget.searchParams.get('lang')).toBe('en');
  await expect.poll(() => giscus.themes).toEqual(['preferred_color_scheme']);

  await page.locator('[data-theme-toggle]').first().click();
  await expect.poll(() => giscus.themes.at(-1)).toBe('light');
  await page.locator('[data-theme-toggle]').first().click();
  await expect.poll(() => giscus.themes.at(-1)).toBe('dark');
});

test('a post with `comments: false` and the list pages load none of it', async ({ page }) => {
  const giscus = await fakeGiscus(page);
  for (const path of [WITHOUT_COMMENTS, '/']) {
    await page.goto(path);
    await page.mouse.wheel(0, 20_000);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('region', { name: 'Comments' })).toHaveCount(0);
    await expect(page.locator('[data-giscus]')).toHaveCount(0);
  }
  expect(giscus.requests).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the comments link to the discussions on GitHub', async ({ page }) => {
    await page.goto(WITH_COMMENTS);
    await expect(
      page
        .getByRole('region', { name: 'Comments' })
        .getByRole('link', { name: 'Read them on GitHub Discussions' }),
    ).toHaveAttribute('href', 'https://github.com/example/hostile-comments/discussions');
  });
});
