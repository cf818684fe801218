/** `site.config.ts` as printed: what Prettier would write with the project's settings. */
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import type { SiteConfigInput } from '../config/schema';
import { printSiteConfig } from './print-config';
import { CURRENT_YEAR } from './static-config';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

async function prettierOf(text: string): Promise<string> {
  const options = await prettier.resolveConfig(path.join(ROOT, 'site.config.ts'));
  return prettier.format(text, { ...options, parser: 'typescript' });
}

const HEADER = ['A header line.'];

const configs: Record<string, SiteConfigInput> = {
  'a small one fits on one line': { title: 'Tiny', url: 'https://tiny.example' },
  'long strings, quotes, escapes and keys that need quotes': {
    title: 'It\'s a "blog" with a back\\slash and a\nnewline',
    tagline:
      'A tagline long enough that the property no longer fits on one line of a hundred characters at all',
    url: 'https://example.com',
    i18n: {
      defaultLocale: 'ko-kr',
      locales: ['ko-kr', 'en', 'zh-Hans'],
      localeConfigs: {
        'ko-kr': { label: '한국어', htmlLang: 'ko-KR' },
        'zh-Hans': { direction: 'ltr' },
      },
    },
    themeConfig: {
      navbar: {
        title: 'Nav',
        items: [
          { label: 'GitHub', href: 'https://github.com/someone/something', position: 'right' },
          { label: 'About', to: '/about/' },
        ],
      },
      footer: {
        copyright: `Copyright © ${CURRENT_YEAR} Someone, \`quoted\` and \${not} a template.`,
      },
    },
  },
  'lists of one object, and of objects with one key': {
    title: 'Lists',
    url: 'https://lists.example',
    themeConfig: { navbar: { items: [{ label: 'Only', href: 'https://only.example' }] } },
    blog: {
      feedOptions: { type: ['rss', 'atom', 'json'], limit: false, copyright: 'x' },
      tags: null,
    },
  },
  'a value exactly at the width': {
    title: 'W',
    url: 'https://w.example',
    tagline: 'x'.repeat(100 - "  tagline: '',".length),
    blog: { blogDescription: 'y'.repeat(100 - "    blogDescription: '',".length + 1) },
  },
  'Korean and emoji, which take two columns each': {
    title: '가'.repeat(43),
    tagline: '가'.repeat(44),
    url: 'https://ko.example',
    themeConfig: {
      navbar: {
        title: '블로그 🚀',
        items: [{ label: '깃허브 저장소 '.repeat(4), href: 'https://github.com/me' }],
      },
    },
  },
};

describe('printing site.config.ts', () => {
  for (const [name, config] of Object.entries(configs)) {
    it(`prints as Prettier would: ${name}`, async () => {
      const text = printSiteConfig(config, HEADER);
      expect(text).toBe(await prettierOf(text));
    });
  }

  it('writes the import, the header and a year that stays current', () => {
    const text = printSiteConfig(
      {
        title: 'T',
        url: 'https://t.example',
        themeConfig: { footer: { copyright: `© ${CURRENT_YEAR}` } },
      },
      ['One line.', '', 'Another.'],
    );
    expect(text).toBe(
      [
        '/**',
        ' * One line.',
        ' *',
        ' * Another.',
        ' */',
        "import { defineConfig } from './lib/config/resolve';",
        '',
        'export default defineConfig({',
        "  title: 'T',",
        "  url: 'https://t.example',",
        '  themeConfig: { footer: { copyright: `© ${new Date().getFullYear()}` } },',
        '});',
        '',
      ].join('\n'),
    );
  });
});
