/**
 * The modules a Docusaurus blog post imports from `@theme/*` and `@docusaurus/*`, as this
 * engine's components: `themeModules['@theme/Tabs']` is what `import Tabs from '@theme/Tabs'`
 * gets (`{ default: Tabs }`). Also React, and stand-ins for packages a blog may use without having
 * them installed here (lib/compile/theme-specifiers.ts lists them all). Lists use
 * `excerptThemeModules`, where images do not zoom.
 */
import * as React from 'react';
import { Admonition } from './admonition';
import { useBaseUrl, useBaseUrlUtils } from './base-url';
import { BrowserOnly } from './browser-only';
import { CodeBlock } from './code-block';
import { Details } from './details';
import { Head } from './head';
import { IdealImage, PlainIdealImage } from './ideal-image';
import { Link } from './link';
import { TabItem } from './tab-item';
import { Tabs } from './tabs';
import { TOCInline } from './toc-inline';
import { Tweet } from './tweet';

type Modules = Record<string, Record<string, unknown>>;

const moduleOf = (exports: Record<string, unknown>) => Object.freeze({ ...exports });

export const themeModules: Modules = Object.freeze({
  '@theme/Tabs': moduleOf({ default: Tabs }),
  '@theme/TabItem': moduleOf({ default: TabItem }),
  '@theme/Admonition': moduleOf({ default: Admonition }),
  '@theme/CodeBlock': moduleOf({ default: CodeBlock }),
  '@theme/Details': moduleOf({ default: Details }),
  '@theme/TOCInline': moduleOf({ default: TOCInline }),
  '@theme/IdealImage': moduleOf({ default: IdealImage }),
  '@docusaurus/Link': moduleOf({ default: Link }),
  '@docusaurus/useBaseUrl': moduleOf({ default: useBaseUrl, useBaseUrlUtils }),
  '@docusaurus/BrowserOnly': moduleOf({ default: BrowserOnly }),
  '@docusaurus/Head': moduleOf({ default: Head }),
  react: moduleOf({ ...React, default: React }),
  'react-tweet': moduleOf({ Tweet }),
});

/** The same for a post's entry in a list (`excerptComponents`): images there do not zoom. */
export const excerptThemeModules: Modules = Object.freeze({
  ...themeModules,
  '@theme/IdealImage': moduleOf({ default: PlainIdealImage }),
});
