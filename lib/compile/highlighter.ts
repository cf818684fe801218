import type { Highlighter } from 'shiki';
import { createHighlighter } from 'shiki';

export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

/** Languages loaded up front; others load on first use, unknown ones render as plain text. */
const PRELOADED = [
  'ts',
  'tsx',
  'js',
  'jsx',
  'json',
  'bash',
  'shell',
  'yaml',
  'toml',
  'rust',
  'md',
  'diff',
];

let highlighter: Promise<Highlighter> | undefined;

/** One highlighter per process: creating one costs far more than highlighting a block. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(CODE_THEMES), langs: PRELOADED });
  return highlighter;
}
