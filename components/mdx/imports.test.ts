import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeModules } from '@/components/docusaurus/theme-modules';
import { pageComponents } from '@/components/mdx/mdx-components';
import { renderPost, renderSingle } from '@/components/testing/render-post';
import { registryFiles } from '@/lib/compile/imports-registry';
import { GLOBAL_COMPONENTS, THEME_SPECIFIERS } from '@/lib/compile/theme-specifiers';
import { compileError, compileWarnings, singlePostSite } from '@/lib/testing/single-post';
import { postAt } from '@/lib/testing/sites';

/** A one-pixel PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const mdx = { config: { markdown: { format: 'mdx' as const } } };

describe('imports in posts, as in Docusaurus', () => {
  it('are provided for every theme specifier and global component the compiler accepts', () => {
    for (const specifier of THEME_SPECIFIERS)
      expect(themeModules[specifier], specifier).toBeDefined();
    for (const name of GLOBAL_COMPONENTS) expect(pageComponents[name], name).toBeDefined();
  });

  it('give Docusaurus’s theme components, in .md as MDX too', async () => {
    const html = await renderSingle(
      'a.md',
      [
        "import Tabs from '@theme/Tabs';",
        "import TabItem from '@theme/TabItem';",
        "import Admonition from '@theme/Admonition';",
        '',
        '<Tabs groupId="os"><TabItem value="mac" label="macOS">brew</TabItem><TabItem value="linux" label="Linux">apt</TabItem></Tabs>',
        '',
        '<Admonition type="tip" title="Good">Text</Admonition>',
      ].join('\n'),
      mdx,
    );
    expect(html).toContain('brew');
    expect(html).toContain('apt');
    expect(html).toContain('admonition-tip');
  });

  it('give a data file’s value and a file’s URL, and require("./x.png") an image', async () => {
    const store = singlePostSite(
      'a.mdx',
      [
        "import data from './data.json';",
        "import list from './list.yml';",
        "import pic from './pic.png';",
        "import IdealImage from '@theme/IdealImage';",
        '',
        'Count {data.items.length}, first {list[0]}, pic {pic}.',
        '',
        '<IdealImage img={require(\'./pic.png\')} alt="A pixel" />',
      ].join('\n'),
      { 'posts/data.json': '{"items":[1,2,3]}', 'posts/list.yml': '- 가\n- 나\n' },
    );
    const post = postAt(store, 'a.mdx');
    fs.writeFileSync(path.join(path.dirname(post.path), 'pic.png'), PNG);
    const { facts } = await store.getCompiledPost(post);
    const [asset] = facts.assets;
    expect(facts.assets).toHaveLength(1);
    expect(asset?.url).toMatch(/^\/_assets\/[0-9a-f]{12}\/pic\.png$/);
    const html = await renderPost(store, post);
    expect(html).toContain(`Count 3, first 가, pic ${asset?.url}.`);
    expect(html).toContain(`<img src="${asset?.url}" alt="A pixel" width="1" height="1"`);
  });

  it('of an unknown theme component or a package that is not installed fail the check, saying what to do', async () => {
    expect(await compileError('a.mdx', "import Foo from '@theme/Foo';\n\nx\n")).toContain(
      'posts/a.mdx:5:1: cannot resolve "@theme/Foo": this engine provides @theme/Admonition, @theme/CodeBlock, @theme/Details, @theme/IdealImage, @theme/TOCInline, @theme/TabItem, @theme/Tabs, @docusaurus/BrowserOnly, @docusaurus/Head, @docusaurus/Link, @docusaurus/useBaseUrl',
    );
    expect(await compileError('a.mdx', "import pad from 'left-pad-nowhere';\n\nx\n")).toContain(
      'posts/a.mdx:5:1: cannot resolve "left-pad-nowhere": it is not installed (npm install left-pad-nowhere)',
    );
    expect(await compileError('a.mdx', "import X from './Missing';\n\nx\n")).toContain(
      'posts/a.mdx:5:1: cannot resolve "./Missing": there is no such file',
    );
  });

  it('leave a component nothing defines to the check, not to the build', async () => {
    expect(await compileError('a.mdx', 'Hello <Foo />\n')).toContain(
      "posts/a.mdx:5:7: <Foo> is not defined: import it (such as import Foo from '@site/src/components/Foo') or use one of Admonition, Details, Gallery, Head, PullRequestTable",
    );
  });

  it('stand in for react-tweet when it is not installed, with a warning', async () => {
    expect(
      await compileWarnings(
        'a.mdx',
        'import { Tweet } from \'react-tweet\';\n\n<Tweet id="123" />\n',
      ),
    ).toEqual([
      'posts/a.mdx:5:1: "react-tweet" is not installed: shown as a link to the post on X, where react-tweet would embed it (npm install react-tweet to use it)',
    ]);
    expect(
      await renderSingle('a.mdx', 'import { Tweet } from \'react-tweet\';\n\n<Tweet id="123" />\n'),
    ).toContain('href="https://x.com/i/status/123"');
  });

  it('register a project component for the build, as a client module naming its exports', async () => {
    const store = singlePostSite(
      'a.mdx',
      "import Hello, { Bye } from '@site/src/components/Hello';\n\n<Hello /><Bye />\n",
      {
        'src/components/Hello.jsx':
          'export default function Hello() { return <b>hi</b>; }\nexport const Bye = () => <i>bye</i>;\n',
      },
    );
    const { facts } = await store.getCompiledPost(postAt(store, 'a.mdx'));
    expect(facts.imports).toEqual([
      {
        key: 'src/components/Hello.jsx',
        file: expect.stringMatching(/src\/components\/Hello\.jsx$/),
        client: true,
      },
    ]);
    const root = path.dirname(path.dirname(postAt(store, 'a.mdx').path));
    const files = registryFiles(root, facts.imports);
    expect(files.get('client-0.ts')).toBe(
      "'use client';\n\nexport { Bye } from '../../src/components/Hello';\nexport { default } from '../../src/components/Hello';\n",
    );
    expect(files.get('index.ts')).toContain('  "src/components/Hello.jsx": m0,');
  });

  it('export the post’s headings as toc, for <TOCInline toc={toc} />', async () => {
    const html = await renderSingle(
      'a.mdx',
      "import TOCInline from '@theme/TOCInline';\n\n<TOCInline toc={toc} />\n\n## First\n\n## Second\n",
    );
    expect(html).toMatch(/<a href="#first">First<\/a>[^]*<a href="#second">Second<\/a>/);
  });
});
