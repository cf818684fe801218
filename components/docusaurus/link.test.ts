import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LinkProps } from './link';
import { linkTarget } from './link';

/** The engine's `withBase` for a site under `/blog`, with or without trailing slashes. */
const withBlogBase = (trailingSlash: boolean) => (path: string) => {
  const end = path.search(/[?#]/) === -1 ? path.length : path.search(/[?#]/);
  const [pathname, suffix] = [path.slice(0, end), path.slice(end)];
  const shaped =
    trailingSlash || pathname === '/' || !pathname.endsWith('/') ? pathname : pathname.slice(0, -1);
  return `/blog${shaped}${suffix}`;
};
const underBlog = { basePath: '/blog', withBase: withBlogBase(true) };

describe('linkTarget', () => {
  it('gives site paths the base path, once', () => {
    expect(linkTarget('/2026/01/01/x/', underBlog)).toEqual({
      href: '/blog/2026/01/01/x/',
      external: false,
    });
    expect(linkTarget('/blog/2026/01/01/x/', underBlog).href).toBe('/blog/2026/01/01/x/');
    expect(linkTarget('/blog', underBlog).href).toBe('/blog/');
    expect(linkTarget('/blog#top', underBlog).href).toBe('/blog/#top');
    expect(linkTarget('/blogroll/', underBlog).href).toBe('/blog/blogroll/');
    expect(linkTarget('/tags/?x=1#a', underBlog).href).toBe('/blog/tags/?x=1#a');
  });

  it('follows the site’s trailing-slash style', () => {
    const noSlash = { basePath: '/blog', withBase: withBlogBase(false) };
    expect(linkTarget('/tags/rust/', noSlash).href).toBe('/blog/tags/rust');
  });

  it('leaves fragments, relative paths and external URLs as written', () => {
    expect(linkTarget('#usage', underBlog)).toEqual({ href: '#usage', external: false });
    expect(linkTarget('./other', underBlog)).toEqual({ href: './other', external: false });
    expect(linkTarget('https://github.com/x', underBlog)).toEqual({
      href: 'https://github.com/x',
      external: true,
    });
    expect(linkTarget('//cdn.dev/a.js', underBlog).external).toBe(true);
    expect(linkTarget('mailto:me@x.dev', underBlog).external).toBe(true);
  });

  it('reads pathname:// as a file of the site, opened like an external link', () => {
    expect(linkTarget('pathname:///files/a.pdf', underBlog)).toEqual({
      href: '/blog/files/a.pdf',
      external: true,
    });
  });

  it('adds no base path with autoAddBaseUrl={false}', () => {
    expect(linkTarget('/x/', { ...underBlog, autoAddBaseUrl: false }).href).toBe('/x/');
  });
});

describe('Link', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  async function linkUnder(basePath: string) {
    vi.stubEnv('BASE_PATH', basePath);
    vi.resetModules();
    const { Link } = await import('./link');
    return (props: LinkProps) => renderToStaticMarkup(createElement(Link, props));
  }

  it('renders a plain link with the site’s base path: none', async () => {
    const render = await linkUnder('');
    expect(render({ to: '/tags/', children: 'Tags', className: 'x' })).toBe(
      '<a href="/tags/" class="x">Tags</a>',
    );
  });

  it('renders a plain link with the site’s base path: /sub', async () => {
    const render = await linkUnder('/sub');
    expect(render({ to: '/tags/', children: 'Tags' })).toBe('<a href="/sub/tags/">Tags</a>');
    expect(render({ href: '/tags/', children: 'Tags' })).toBe('<a href="/sub/tags/">Tags</a>');
  });

  it('opens external links in a new tab without opener or referrer; the author’s own win', async () => {
    const render = await linkUnder('/sub');
    expect(render({ href: 'https://github.com/x', children: 'GitHub' })).toBe(
      '<a href="https://github.com/x" target="_blank" rel="noopener noreferrer">GitHub</a>',
    );
    expect(render({ to: 'https://github.com/x', target: '_self', children: 'GitHub' })).toBe(
      '<a href="https://github.com/x" target="_self" rel="noopener noreferrer">GitHub</a>',
    );
  });

  it('drops Docusaurus’s router props', async () => {
    const render = await linkUnder('');
    const props = {
      to: '/x/',
      isNavLink: true,
      activeClassName: 'on',
      'data-noBrokenLinkCheck': true,
      children: 'x',
    } as LinkProps;
    expect(render(props)).toBe('<a href="/x/">x</a>');
  });
});
