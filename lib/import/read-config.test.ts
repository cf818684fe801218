/**
 * Reading a Docusaurus config: run in a child process with Docusaurus's packages (and whatever
 * does not resolve) stubbed and missing files tolerated, or — when running it fails — read
 * statically. Whatever the config does, the importer goes on.
 */
import { describe, expect, it } from 'vitest';
import { writeSite } from '../testing/sites';
import { Opaque } from './config-values';
import { evaluateConfig } from './evaluate-config';
import { readSiteConfig } from './read-config';
import { Report } from './report';

function site(name: string, source: string, files: Record<string, string> = {}): string {
  return `${writeSite({ [name]: source, ...files })}/${name}`;
}

describe('evaluating a config', () => {
  it('stubs Docusaurus, packages that are not there, and files that are missing', async () => {
    const file = site(
      'docusaurus.config.js',
      `const lightCodeTheme = require('prism-react-renderer/themes/github');
       require('dotenv').config();
       const pkg = require('../package.json');
       const { themes } = require('@docusaurus/theme-common');
       console.log('noise on stdout');
       module.exports = {
         title: 'Stubs',
         url: pkg.homepage,
         tagline: \`by \${pkg.author}\`,
         sidebars: require.resolve('./sidebars.js'),
         blogPath: require('path').resolve(__dirname, 'blog'),
         theme: lightCodeTheme,
         dark: themes.dracula,
         editUrl: ({ blogPath }) => blogPath,
         count: 3,
         nested: { list: [1, 'two', null, undefined] },
       };`,
    );
    const result = await evaluateConfig(file);
    expect(result).toEqual({
      ok: true,
      config: {
        title: 'Stubs',
        url: new Opaque('stub', '../package.json.homepage', [
          { kind: 'file', id: '../package.json' },
        ]),
        tagline: new Opaque('tainted', 'by ${…}', [{ kind: 'file', id: '../package.json' }]),
        sidebars: './sidebars.js',
        blogPath: './blog',
        theme: new Opaque('stub', 'prism-react-renderer/themes/github', [
          { kind: 'package', id: 'prism-react-renderer/themes/github' },
        ]),
        dark: new Opaque('stub', '@docusaurus/theme-common.themes.dracula', [
          { kind: 'package', id: '@docusaurus/theme-common' },
        ]),
        editUrl: new Opaque('function', 'editUrl'),
        count: 3,
        nested: { list: [1, 'two', null, null] },
      },
    });
  }, 30_000);

  it('runs an ES module that reads missing files through fs and createRequire', async () => {
    const file = site(
      'docusaurus.config.mjs',
      `import fs from 'node:fs';
       import { createRequire } from 'node:module';
       import { parse } from 'yaml-that-is-not-here';
       const require = createRequire(import.meta.url);
       const pkg = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url)));
       const users = parse(fs.readFileSync(new URL('./data/users.yml', import.meta.url), 'utf8'));
       export default {
         title: 'ESM',
         url: pkg.homepage ?? 'https://fallback.example',
         css: require.resolve('react-tweet/theme.css'),
         users,
         when: process.env.NODE_ENV,
       };`,
    );
    const result = await evaluateConfig(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config).toMatchObject({
      title: 'ESM',
      css: 'react-tweet/theme.css',
      when: 'production',
    });
    const { url, users } = result.config as Record<string, unknown>;
    expect(url).toEqual(
      new Opaque('stub', '../package.json.homepage', [{ kind: 'file', id: '../package.json' }]),
    );
    expect((users as Opaque).sources).toEqual([{ kind: 'package', id: 'yaml-that-is-not-here' }]);
  }, 30_000);

  it('runs a TypeScript config that exports an async function, and never loads Docusaurus itself', async () => {
    const file = site(
      'docusaurus.config.ts',
      `import type { Config } from '@docusaurus/types';
       import { normalizeUrl } from '@docusaurus/utils';
       import { themes } from 'prism-react-renderer';
       export default async function createConfig(): Promise<Config> {
         const title: string = 'Typed';
         return { title, url: 'https://typed.example', baseUrl: '/', prism: themes.github, x: normalizeUrl(['a']) } as Config;
       }`,
      {
        // An installed Docusaurus that would throw if it were loaded.
        'node_modules/@docusaurus/utils/package.json':
          '{"name":"@docusaurus/utils","main":"index.js"}',
        'node_modules/@docusaurus/utils/index.js': 'throw new Error("Docusaurus was loaded");',
      },
    );
    const result = await evaluateConfig(file);
    expect(result).toMatchObject({
      ok: true,
      config: {
        title: 'Typed',
        url: 'https://typed.example',
        baseUrl: '/',
        x: new Opaque('stub', '@docusaurus/utils.normalizeUrl()', [
          { kind: 'package', id: '@docusaurus/utils' },
        ]),
      },
    });
  }, 30_000);

  it('gives up on a config that never finishes, and on one that exits', async () => {
    const hangs = site('docusaurus.config.js', 'while (true) {}\nmodule.exports = {};');
    expect(await evaluateConfig(hangs, 1500)).toEqual({
      ok: false,
      error: 'it did not finish within 1.5 s',
    });
    const exits = site('docusaurus.config.js', 'process.exit(3);');
    expect(await evaluateConfig(exits)).toEqual({
      ok: false,
      error: 'it exited (code 3) before giving its settings',
    });
  }, 30_000);
});

describe('reading a config', () => {
  it('reads it statically when running it fails, and says so', async () => {
    const file = site(
      'docusaurus.config.js',
      `const site = 'https://static.example';
       const config = { title: 'Literal', url: site, baseUrl: '/', tagline: process.env.TAGLINE };
       loadFromTheNetwork();
       module.exports = config;`,
    );
    const report = new Report();
    const read = await readSiteConfig(file, report);
    expect(read.how).toBe('read statically');
    expect(read.config).toEqual({
      title: 'Literal',
      url: 'https://static.example',
      baseUrl: '/',
      tagline: new Opaque('expression', 'process.env.TAGLINE'),
    });
    expect(report.format()).toEqual([
      'changed   docusaurus.config.js: read statically, as running it failed (loadFromTheNetwork is not defined) — only values written as literals are carried; the others are listed below',
    ]);
  }, 30_000);

  it('says so when it can read it neither way, and goes on with Docusaurus’s defaults', async () => {
    const file = site('docusaurus.config.js', 'module.exports = {');
    const report = new Report();
    const read = await readSiteConfig(file, report);
    expect(read).toMatchObject({ how: 'unreadable', config: {} });
    expect(report.format()[0]).toMatch(
      /^not carried {3}docusaurus\.config\.js: could not be read \(running it: .+; reading it: Unexpected token \(1:18\)\) — Docusaurus's defaults stand in \(a blog in blog\/\): check site\.config\.ts/,
    );
  }, 30_000);
});
