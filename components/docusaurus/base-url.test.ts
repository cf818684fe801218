import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWithBaseUrl } from './base-url';

describe('withBaseUrl at the root', () => {
  const withBaseUrl = createWithBaseUrl({ basePath: '', siteUrl: 'https://x.dev' });

  it('leaves site paths as they are and roots relative ones', () => {
    expect(withBaseUrl('/img/a.png')).toBe('/img/a.png');
    expect(withBaseUrl('img/a.png')).toBe('/img/a.png');
    expect(withBaseUrl('/')).toBe('/');
    expect(withBaseUrl('/img/a.png', { absolute: true })).toBe('https://x.dev/img/a.png');
  });
});

describe('withBaseUrl under /blog', () => {
  const withBaseUrl = createWithBaseUrl({ basePath: '/blog', siteUrl: 'https://x.dev' });

  it('adds the base path to site paths and relative ones', () => {
    expect(withBaseUrl('/img/a.png')).toBe('/blog/img/a.png');
    expect(withBaseUrl('img/a.png')).toBe('/blog/img/a.png');
    expect(withBaseUrl('/')).toBe('/blog/');
    expect(withBaseUrl('/blog')).toBe('/blog/');
  });

  it('adds it once, unless forced', () => {
    expect(withBaseUrl('/blog/img/a.png')).toBe('/blog/img/a.png');
    expect(withBaseUrl('/blog/img/a.png', { forcePrependBaseUrl: true })).toBe(
      '/blog/blog/img/a.png',
    );
    expect(withBaseUrl('/blogroll/')).toBe('/blog/blogroll/');
  });

  it('makes absolute URLs with the site’s origin', () => {
    expect(withBaseUrl('/img/a.png', { absolute: true })).toBe('https://x.dev/blog/img/a.png');
  });

  it('leaves external URLs, fragments and empty strings alone', () => {
    for (const url of ['https://a.dev/x', '//cdn.dev/x.js', 'mailto:me@x.dev', '#top', ''])
      expect(withBaseUrl(url)).toBe(url);
  });
});

describe('useBaseUrl and useBaseUrlUtils', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('use the site’s base path: none here', async () => {
    vi.stubEnv('BASE_PATH', '');
    vi.resetModules();
    const { useBaseUrl, useBaseUrlUtils } = await import('./base-url');
    expect(useBaseUrl('/img/a.png')).toBe('/img/a.png');
    expect(useBaseUrlUtils().withBaseUrl('img/a.png')).toBe('/img/a.png');
  });

  it('use the site’s base path: BASE_PATH=/sub', async () => {
    vi.stubEnv('BASE_PATH', '/sub');
    vi.stubEnv('SITE_URL', 'https://me.github.io');
    vi.resetModules();
    const { useBaseUrl, useBaseUrlUtils } = await import('./base-url');
    expect(useBaseUrl('/img/a.png')).toBe('/sub/img/a.png');
    expect(useBaseUrl('/img/a.png', { absolute: true })).toBe('https://me.github.io/sub/img/a.png');
    expect(useBaseUrlUtils().withBaseUrl('/sub/img/a.png')).toBe('/sub/img/a.png');
  });
});
