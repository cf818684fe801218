import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentMessages } from '@/lib/i18n/content-messages';
import { site } from '@/lib/render/site';
import type { IdealImageProps } from './ideal-image';
import { IdealImage, PlainIdealImage, idealImageSource } from './ideal-image';

const render = (props: IdealImageProps) => renderToStaticMarkup(createElement(IdealImage, props));

describe('idealImageSource', () => {
  it('reads each shape require() may give', () => {
    expect(idealImageSource('/_assets/a/x.png')).toEqual({ src: '/_assets/a/x.png' });
    expect(idealImageSource({ src: '/x.png' })).toEqual({ src: '/x.png' });
    expect(idealImageSource({ src: { src: '/x.png', width: 640, height: 480 } })).toEqual({
      src: '/x.png',
      width: 640,
      height: 480,
    });
    expect(idealImageSource({ src: '/x.png', width: 10, height: 20 })).toEqual({
      src: '/x.png',
      width: 10,
      height: 20,
    });
    expect(idealImageSource({ default: { src: { src: '/x.png', width: 1 } } })).toEqual({
      src: '/x.png',
      width: 1,
    });
  });

  it('finds nothing in what holds no URL', () => {
    for (const img of [undefined, null, '', 3, {}, { src: {} }, { src: '' }, { src: { src: 5 } }])
      expect(idealImageSource(img)).toBeUndefined();
  });
});

describe('IdealImage', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('renders a URL string as a content image that opens in the lightbox', () => {
    expect(render({ img: '/img/x.png', alt: 'A cat' })).toBe(
      '<a href="/img/x.png" class="lightbox-link"><img src="/img/x.png" alt="A cat" loading="lazy" decoding="async"/></a>',
    );
  });

  it('gives the image its size when known, and a title', () => {
    expect(
      render({ img: { src: { src: '/img/x.png', width: 640, height: 480 } }, alt: '', title: 'T' }),
    ).toBe(
      `<a href="/img/x.png" class="lightbox-link" aria-label="${contentMessages(site.defaultLocale).lightbox.openImage}"><img src="/img/x.png" alt="" width="640" height="480" title="T" loading="lazy" decoding="async"/></a>`,
    );
    expect(render({ img: { src: '/img/y.png' }, alt: 'Y' })).toContain(
      '<img src="/img/y.png" alt="Y" loading="lazy"',
    );
  });

  it('does not zoom in lists', () => {
    expect(
      renderToStaticMarkup(createElement(PlainIdealImage, { img: '/img/x.png', alt: 'A' })),
    ).toBe('<img src="/img/x.png" alt="A" loading="lazy" decoding="async"/>');
  });

  it('refuses an img it cannot read', () => {
    expect(() => render({ img: {} as never })).toThrow('<IdealImage> needs img=');
  });

  it('puts the image under the site’s base path, once', async () => {
    vi.stubEnv('BASE_PATH', '/sub');
    vi.resetModules();
    const { IdealImage: UnderSub } = await import('./ideal-image');
    const html = (img: string) => renderToStaticMarkup(createElement(UnderSub, { img, alt: 'a' }));
    expect(html('/_assets/1/x.png')).toContain('<a href="/sub/_assets/1/x.png"');
    expect(html('/sub/_assets/1/x.png')).toContain('<img src="/sub/_assets/1/x.png"');
  });
});
