import type { ReactElement } from 'react';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BrowserOnly, isPlainMarkup } from './browser-only';
import { BrowserOnlyIsland } from './browser-only-island';
import { Head } from './head';

const fallback = createElement('p', null, 'Loading…');

describe('BrowserOnly', () => {
  it('renders the fallback on the server, and nothing without one', () => {
    const children = () => createElement('p', null, 'In the browser');
    expect(renderToStaticMarkup(BrowserOnly({ fallback, children }))).toBe('<p>Loading…</p>');
    expect(renderToStaticMarkup(BrowserOnly({ children }))).toBe('');
  });

  it('hands plain markup from its function to the island, which shows it after hydration', () => {
    const embed = createElement('iframe', { src: 'https://x.dev/embed', title: 'Demo' });
    const element = BrowserOnly({ fallback, children: () => embed }) as ReactElement<{
      children: unknown;
      fallback: unknown;
    }>;
    expect(element.type).toBe(BrowserOnlyIsland);
    expect(element.props.children).toBe(embed);
    expect(element.props.fallback).toBe(fallback);
  });

  it('keeps the fallback when the function needs the browser or gives components', () => {
    const needsWindow = vi.fn(() => createElement('p', null, String(window.location.href)));
    const keepsFallback = (children: () => unknown) => {
      const element = BrowserOnly({ fallback, children: children as () => null }) as ReactElement;
      expect(element.type).toBe(Fragment);
      expect(renderToStaticMarkup(element)).toBe('<p>Loading…</p>');
    };
    keepsFallback(needsWindow);
    expect(needsWindow).toHaveBeenCalledTimes(1);
    keepsFallback(() =>
      createElement(function Widget() {
        return null;
      }),
    );
    keepsFallback(() => createElement('button', { onClick: () => {} }, 'Go'));
  });
});

describe('isPlainMarkup', () => {
  it('accepts text and HTML elements with plain props, nested in fragments and arrays', () => {
    expect(isPlainMarkup('text')).toBe(true);
    expect(isPlainMarkup(null)).toBe(true);
    expect(
      isPlainMarkup(
        createElement(
          Fragment,
          null,
          createElement('div', { className: 'a', style: { color: 'red' } }, 'x', [
            createElement('b', { key: 1 }, 1),
          ]),
        ),
      ),
    ).toBe(true);
  });

  it('refuses functions anywhere and objects that are not styles', () => {
    expect(isPlainMarkup(() => null)).toBe(false);
    expect(isPlainMarkup(createElement('div', null, createElement('a', { ref: () => {} })))).toBe(
      false,
    );
    expect(isPlainMarkup(createElement('div', { data: { a: 1 } }))).toBe(false);
    expect(isPlainMarkup(createElement('div', { style: { color: () => 'red' } }))).toBe(false);
  });
});

describe('Head', () => {
  it('renders nothing in the body', () => {
    expect(
      renderToStaticMarkup(createElement(Head, null, createElement('title', null, 'Other title'))),
    ).toBe('');
  });
});
