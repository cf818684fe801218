import { describe, expect, it } from 'vitest';
import { storeFor, writeSite } from '../testing/sites';

const page = (title: string) => `---\ntitle: ${title}\n---\n\n# Heading\n\nText.\n`;
const post = '---\ntitle: A post\ndate: 2026-01-01\n---\n\nText.\n';

describe('standalone Markdown pages (src/markdown-pages/*.md(x))', () => {
  it('get their Docusaurus URL, out of the blog’s lists', () => {
    const store = storeFor(
      writeSite({
        'posts/a.md': post,
        'src/markdown-pages/about.md': page('About me'),
        'src/markdown-pages/guides/index.mdx': page('Guides'),
        'src/markdown-pages/_draft.md': page('Ignored'),
      }),
    );
    const routes = store.blog.routes();
    const pages = routes.pages.filter((route) => route.kind === 'page');
    expect(pages.map((route) => route.path)).toEqual(['/about/', '/guides/']);
    expect(routes.page('/about/')).toMatchObject({ kind: 'page', post: { title: 'About me' } });
    expect(routes.listed.map((p) => p.title)).toEqual(['A post']);
  });

  it('take the home page when the blog is elsewhere, instead of a redirect', () => {
    const config = { blog: { routeBasePath: 'blog' } };
    const withHome = storeFor(
      writeSite({ 'posts/a.md': post, 'src/markdown-pages/index.md': page('Home') }),
      { config },
    );
    expect(withHome.blog.routes().page('/')).toMatchObject({ kind: 'page' });
    const without = storeFor(writeSite({ 'posts/a.md': post }), { config });
    expect(without.blog.routes().page('/')).toMatchObject({ kind: 'redirect', to: '/blog/' });
  });

  it('may not take a path the blog has, naming the page', () => {
    const tagged = post.replace('date:', 'tags: [rust]\ndate:');
    const store = storeFor(
      writeSite({ 'posts/a.md': tagged, 'src/markdown-pages/tags.md': page('Tags') }),
    );
    expect(() => store.blog.routes()).toThrow(
      'src/markdown-pages/tags.md: the page "/tags/" is also the blog’s tags page; move or rename the page',
    );
    // Without tags the blog has no tags page, as in Docusaurus: the path is free.
    const untagged = storeFor(
      writeSite({ 'posts/a.md': post, 'src/markdown-pages/tags.md': page('Tags') }),
    );
    expect(untagged.blog.routes().page('/tags/')?.kind).toBe('page');
  });
});
