import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Comments } from './comments';
import { GISCUS_LOADER } from './giscus-loader';

const CONFIG = {
  provider: 'giscus',
  repo: 'doxxx93/blog',
  repoId: 'R_kgDO</script>',
  category: 'Comments',
  categoryId: 'DIC_kwDO',
  mapping: 'pathname',
  reactionsEnabled: false,
  inputPosition: 'top',
} as const;

describe('<Comments>', () => {
  const html = renderToStaticMarkup(createElement(Comments, { config: CONFIG, lang: 'ko' }));

  it('gives giscus its settings as data, escaped, and a place React leaves alone', () => {
    const data = /data-giscus="([^"]*)"/.exec(html)?.[1] ?? '';
    const unescaped = data.replace(/&(quot|lt|gt|amp);/g, (_, name: string) =>
      name === 'quot' ? '"' : name === 'lt' ? '<' : name === 'gt' ? '>' : '&',
    );
    expect(JSON.parse(unescaped)).toEqual({
      repo: 'doxxx93/blog',
      'repo-id': 'R_kgDO</script>',
      category: 'Comments',
      'category-id': 'DIC_kwDO',
      mapping: 'pathname',
      strict: '1',
      'reactions-enabled': '0',
      'emit-metadata': '0',
      'input-position': 'top',
      lang: 'ko',
      loading: 'lazy',
    });
    expect(html).not.toContain('</script>"');
    expect(html).toContain('<div class="giscus min-h-40"></div>');
    expect(html).toContain(`<script>${GISCUS_LOADER}</script>`);
  });

  it('links to the discussions for readers without JavaScript', () => {
    expect(html).toContain('href="https://github.com/doxxx93/blog/discussions"');
  });

  it('loads giscus only when the comments come near, and passes the theme on', () => {
    expect(GISCUS_LOADER).toContain('IntersectionObserver');
    expect(GISCUS_LOADER).toContain("rootMargin:'800px 0px'");
    expect(GISCUS_LOADER).toContain('setConfig:{theme:theme()}');
    expect(GISCUS_LOADER).not.toContain('</script');
  });
});
