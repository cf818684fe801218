/**
 * What posts may import that the engine itself provides (components/docusaurus/theme-modules.ts
 * holds the values): Docusaurus's theme components and hooks, React, and stand-ins for a few
 * packages a blog may use without having installed them here. And the components a post may use
 * without importing them, as Docusaurus's MDXComponents provides them.
 */

/** Specifiers whose modules the engine provides. */
export const THEME_SPECIFIERS = [
  '@theme/Admonition',
  '@theme/CodeBlock',
  '@theme/Details',
  '@theme/IdealImage',
  '@theme/TOCInline',
  '@theme/TabItem',
  '@theme/Tabs',
  '@docusaurus/BrowserOnly',
  '@docusaurus/Head',
  '@docusaurus/Link',
  '@docusaurus/useBaseUrl',
  'react',
] as const;

/** Packages the engine stands in for when they are not installed: a warning, not a failure. */
export const STAND_INS: Record<string, string> = {
  'react-tweet': 'a link to the post on X, where react-tweet would embed it',
};

/** Components a post may use without an import (the engine's own and Docusaurus's globals). */
export const GLOBAL_COMPONENTS = [
  'Admonition',
  'Details',
  'Gallery',
  'Head',
  'PullRequestTable',
] as const;
