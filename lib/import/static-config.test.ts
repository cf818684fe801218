/** Reading a Docusaurus config's literal values without running it. */
import { describe, expect, it } from 'vitest';
import { Opaque } from './config-values';
import { CURRENT_YEAR, readConfigStatically } from './static-config';

describe('reading a config statically', () => {
  it('takes literals, constants, templates and spreads; marks everything else', () => {
    const source = `
      const lightCodeTheme = require('prism-react-renderer/themes/github');
      const ORG = 'me';
      const common = { baseUrl: '/', trailingSlash: false };
      /** @type {import('@docusaurus/types').Config} */
      const config = {
        title: 'Static',
        'tagline': "a \\"quoted\\" line",
        url: \`https://\${ORG}.github.io\`,
        ...common,
        i18n: { defaultLocale: 'ko', locales: ['ko', ...['en']] },
        presets: [['classic', /** @type {…} */ ({
          docs: { sidebarPath: require.resolve('./sidebars.js') },
          blog: { postsPerPage: -1 + 0, blogSidebarCount: -5, showReadingTime: !false, editUrl: ({ blogPath }) => blogPath },
        })]],
        themeConfig: {
          prism: { theme: lightCodeTheme },
          footer: { copyright: \`© \${new Date().getFullYear()} \${ORG}\` },
          metadata: process.env.META,
        },
        plugins: [function localPlugin() { return {}; }, async function () {}],
        computed() { return 1; },
      };
      module.exports = config;`;
    expect(readConfigStatically(source, 'docusaurus.config.js')).toEqual({
      ok: true,
      config: {
        title: 'Static',
        tagline: 'a "quoted" line',
        url: 'https://me.github.io',
        baseUrl: '/',
        trailingSlash: false,
        i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] },
        presets: [
          [
            'classic',
            {
              docs: { sidebarPath: './sidebars.js' },
              blog: {
                postsPerPage: new Opaque('expression', '-1 + 0'),
                blogSidebarCount: -5,
                showReadingTime: true,
                editUrl: new Opaque('function', 'editUrl'),
              },
            },
          ],
        ],
        themeConfig: {
          prism: {
            theme: new Opaque('stub', 'prism-react-renderer/themes/github', [
              { kind: 'package', id: 'prism-react-renderer/themes/github' },
            ]),
          },
          footer: { copyright: `© ${CURRENT_YEAR} me` },
          metadata: new Opaque('expression', 'process.env.META'),
        },
        plugins: [new Opaque('function', 'localPlugin'), new Opaque('function', '')],
        computed: new Opaque('function', 'computed'),
      },
    });
  });

  it('finds the config an ES module or TypeScript exports, also from a function', () => {
    expect(
      readConfigStatically(
        "export default { title: 'ESM', url: 'https://esm.example' };",
        'docusaurus.config.mjs',
      ),
    ).toEqual({ ok: true, config: { title: 'ESM', url: 'https://esm.example' } });
    const typed = `
      import type { Config } from '@docusaurus/types';
      export default async function createConfig(): Promise<Config> {
        const title: string = 'Typed';
        return { title, url: 'https://ts.example' as string, count: <number>2 } satisfies Config;
      }`;
    expect(readConfigStatically(typed, 'docusaurus.config.ts')).toEqual({
      ok: true,
      config: { title: 'Typed', url: 'https://ts.example', count: 2 },
    });
    expect(
      readConfigStatically(
        "const config = { title: 'Arrow' };\nmodule.exports = async () => config;",
        'docusaurus.config.js',
      ),
    ).toEqual({ ok: true, config: { title: 'Arrow' } });
  });

  it('says why it cannot', () => {
    expect(readConfigStatically('module.exports = {', 'docusaurus.config.js')).toEqual({
      ok: false,
      error: 'Unexpected token (1:18)',
    });
    expect(readConfigStatically('const x = 1;', 'docusaurus.config.js')).toEqual({
      ok: false,
      error: 'found no `module.exports =` or `export default`',
    });
    expect(readConfigStatically('module.exports = load();', 'docusaurus.config.js')).toEqual({
      ok: false,
      error: 'what it exports is not an object written in the file',
    });
  });
});
