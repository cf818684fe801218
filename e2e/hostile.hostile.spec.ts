/**
 * The hostile test site (e2e/fixtures/hostile-site/, built with `markdown.trusted: false` by
 * scripts/build-hostile.mjs): whatever its posts, titles, tags and authors try, no script of
 * theirs runs on any page, nothing from outside the project is in the export, and every feed
 * and the sitemap parse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';

const EXPORT = path.join(process.cwd(), '.cache', 'sites', 'hostile', 'out');

function exportedFiles(): string[] {
  return fs
    .readdirSync(EXPORT, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(EXPORT, path.join(entry.parentPath, entry.name)));
}

const pages = exportedFiles()
  .filter((file) => file.endsWith('.html') && !file.startsWith('_'))
  .map((file) => `/${file.replace(/(?:^|\/)index\.html$/, '/').replace(/^\/+/, '')}`);

test('the site has the hostile posts', () => {
  expect(pages).toContain('/2026/05/01/raw-html/');
  expect(pages.length).toBeGreaterThan(6);
});

for (const pagePath of pages) {
  test(`no script of a post runs on ${pagePath}`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // giscus (the comments) is not the posts' code; it never loads here.
    await page.route('https://giscus.app/**', (route) => route.abort());
    await page.goto(pagePath);
    await page.mouse.move(200, 300);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => Reflect.get(window, '__pwned'))).toBeUndefined();
    expect(dialogs).toEqual([]);
    // Every script on the page is the engine's: Next's chunks and payload, the theme, JSON-LD,
    // the comments' loader.
    const scripts = await page.locator('script').evaluateAll((elements) =>
      elements.map((element) => ({
        src: element.getAttribute('src') ?? '',
        type: element.getAttribute('type') ?? '',
        text: (element.textContent ?? '').slice(0, 40),
      })),
    );
    for (const script of scripts) {
      const engine =
        script.src.startsWith('/_next/') ||
        // giscus's client, which the comments' loader adds (its requests are aborted here).
        script.src === 'https://giscus.app/client.js' ||
        script.type === 'application/ld+json' ||
        /^(?:\(?self\.__next_f|\(globalThis\["TURBOPACK"\]|\(function\(\)\{\nvar (?:d|s)=document)/.test(
          script.text,
        );
      expect(engine, JSON.stringify(script)).toBe(true);
    }
    await expect(
      page.locator(
        'iframe, object, embed, form:not([action$="/search/"]), [onmouseover], [onerror]',
      ),
    ).toHaveCount(0);
  });
}

test('nothing from outside the project is in the export', () => {
  const secrets = ['root:x:0:0', 'hostile-secret-7d1f'];
  const hostname = fs.existsSync('/etc/hostname')
    ? fs.readFileSync('/etc/hostname', 'utf8').trim()
    : '';
  for (const file of exportedFiles()) {
    const text = fs.readFileSync(path.join(EXPORT, file), 'latin1');
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    if (hostname.length > 6) expect(text.includes(hostname), `hostname in ${file}`).toBe(false);
  }
});

test('every feed and the sitemap parse, control characters and all', () => {
  for (const file of ['rss.xml', 'atom.xml', 'sitemap.xml']) {
    const xml = fs.readFileSync(path.join(EXPORT, file), 'utf8');
    expect(XMLValidator.validate(xml), file).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  }
  const json = JSON.parse(fs.readFileSync(path.join(EXPORT, 'feed.json'), 'utf8')) as {
    items: { title: string }[];
  };
  expect(json.items.map((item) => item.title)).toContain(
    "Raw HTML \u0001 with </script><script>window.__pwned = 'title'</script> ]]> inside",
  );
});
