import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents } from 'mdx/types';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import { describe, expect, it } from 'vitest';
import { PlainIdealImage } from './ideal-image';
import { excerptThemeModules, themeModules } from './theme-modules';

const SPECIFIERS = [
  '@theme/Tabs',
  '@theme/TabItem',
  '@theme/Admonition',
  '@theme/CodeBlock',
  '@theme/Details',
  '@theme/TOCInline',
  '@theme/IdealImage',
  '@docusaurus/Link',
  '@docusaurus/useBaseUrl',
  '@docusaurus/BrowserOnly',
  '@docusaurus/Head',
];

const defaultOf = (specifier: string) => themeModules[specifier]?.default;

describe('themeModules', () => {
  it('has a module with a default export for each specifier a post may import', () => {
    // Besides Docusaurus's modules: React, and the stand-in for react-tweet (imports.test.ts).
    expect(Object.keys(themeModules).sort()).toEqual(
      [...SPECIFIERS, 'react', 'react-tweet'].sort(),
    );
    for (const specifier of SPECIFIERS) expect(typeof defaultOf(specifier)).toBe('function');
    expect(typeof themeModules['@docusaurus/useBaseUrl']?.useBaseUrlUtils).toBe('function');
    expect(Object.isFrozen(themeModules['@theme/Tabs'])).toBe(true);
  });

  it('has lists’ images not zoom', () => {
    expect(excerptThemeModules['@theme/IdealImage']?.default).toBe(PlainIdealImage);
    expect(excerptThemeModules['@theme/Tabs']).toBe(themeModules['@theme/Tabs']);
  });

  it('renders what an MDX post writes with them', async () => {
    const source = [
      '<Tabs groupId="pm">',
      '  <TabItem value="npm" label="npm">',
      '    Run `npm i`.',
      '  </TabItem>',
      '  <TabItem value="yarn" label="Yarn" default>',
      '    Run **yarn**.',
      '  </TabItem>',
      '</Tabs>',
      '',
      '<Admonition type="caution" title="Careful">',
      '  It *bites*.',
      '</Admonition>',
      '',
      '<Details summary="More">Hidden</Details>',
      '',
      '<Link to="/tags/">Tags</Link> and <img src={props.useBaseUrl("img/x.png")} alt="" />',
    ].join('\n');
    const { default: Content } = await evaluate(source, { ...runtime });
    const components: MDXComponents = {
      Tabs: defaultOf('@theme/Tabs') as MDXComponents[string],
      TabItem: defaultOf('@theme/TabItem') as MDXComponents[string],
      Admonition: defaultOf('@theme/Admonition') as MDXComponents[string],
      Details: defaultOf('@theme/Details') as MDXComponents[string],
      Link: defaultOf('@docusaurus/Link') as MDXComponents[string],
    };
    const html = renderToStaticMarkup(
      createElement(Content, {
        components,
        // Given as a prop here; a post imports it.
        useBaseUrl: defaultOf('@docusaurus/useBaseUrl'),
      } as never),
    );
    expect(html).toContain(
      '<div class="tabs-panel-label no-js-only">npm</div><p>Run <code>npm i</code>.</p>',
    );
    expect(html).toContain('aria-selected="true" aria-controls');
    expect(html).toMatch(/<button [^>]*aria-selected="true"[^>]*>Yarn<\/button>/);
    expect(html).toContain(
      '<div class="admonition admonition-warning" role="note"><div class="admonition-title">Careful</div><p>It <em>bites</em>.</p></div>',
    );
    expect(html).toContain('<details><summary>More</summary>Hidden</details>');
    expect(html).toContain('<a href="/tags/">Tags</a> and <img src="/img/x.png" alt=""/>');
  });
});
