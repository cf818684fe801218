import { beforeAll, describe, expect, it } from 'vitest';
import { renderPost, renderSingle } from '@/components/testing/render-post';
import { listedPost, publishingStore } from '@/lib/testing/publishing';
import type { TestStore as ContentStore } from '@/lib/testing/sites';
import { copyFixture, postAt, storeFor } from '@/lib/testing/sites';

const a = (href: string) => `<a href="${href}" rel="noopener noreferrer" target="_blank">`;
const PULL = 'https://github.com/kube-rs/kube/pull/';
const ISSUE = 'https://github.com/kube-rs/kube/issues/';

/** The seed post as its readers see it: `.md` as first written, `.mdx` as published. */
const seeds: Record<string, () => Promise<string>> = {
  '.md (the verbatim fixture)': async () => {
    const store: ContentStore = storeFor(copyFixture('site'));
    return renderPost(store, postAt(store, 'kube-rs-contribution.md'));
  },
  '.mdx (posts/)': async () => {
    const store = publishingStore();
    return renderPost(store, listedPost(store, 'kube-rs-contribution.mdx'));
  },
};

describe.each(Object.keys(seeds))('the seed post, %s', (format) => {
  let html: string;

  beforeAll(async () => {
    html = await seeds[format]!();
  });

  it('keeps the particles after a link or inline code at the end of a line attached', () => {
    expect(html).toContain(`PR #1838</a>부터는 ${a(`${ISSUE}1837`)}이슈</a>에서`);
    expect(html).toContain('이슈 #1813</a>이 눈에 들어왔다.');
    expect(html).toContain(`PR #1873</a>과 ${a(`${PULL}1876`)}PR #1876</a>을 올렸다.`);
    expect(html).toContain('<code>cargo -Z direct-minimal-versions</code></a>로 의존성 하한값이');
  });

  it('keeps every other line break', () => {
    // Between two Korean words, after plain text, and before a link.
    expect(html).toContain('느낌이\n아니었다.');
    expect(html).toContain('이슈 #1857</a>은 이미\n관련 <a');
    expect(html).toContain('PR #1907</a>을 충분히 살피지\n않고 <a');
    expect(html).toContain('결국 <a href="https://github.com/kube-rs/kube/pull/1940"');
    expect(html).toContain('</a>으로 이어졌다.\n<a href="https://doc.rust-lang.org/');
  });
});

describe.each(['a.md', 'a.mdx'])('line breaks before a particle in %s', (name) => {
  const render = (body: string) => renderSingle(name, body);

  it('drops the break after a link, inline code, emphasis, strong or strikethrough', async () => {
    const html = await render(
      '[kube-rs](https://x.org)\n를 쓴다. `Store`\n에서 읽고 *watch*\n로 **바꾼다**\n는 ~~polling~~\n은 끝.',
    );
    expect(html).toContain(
      `${a('https://x.org')}kube-rs</a>를 쓴다. <code>Store</code>에서 읽고 <em>watch</em>로 <strong>바꾼다</strong>는 <del>polling</del>은 끝.`,
    );
  });

  it('drops it inside emphasis and after a reference link', async () => {
    const html = await render(
      '**[링크](https://x.org)\n로 끝**, [참조][r]\n에서는 끝.\n\n[r]: https://y.org\n',
    );
    expect(html).toContain(`<strong>${a('https://x.org')}링크</a>로 끝</strong>`);
    expect(html).toContain(`${a('https://y.org')}참조</a>에서는 끝.`);
  });

  it('keeps the break before a word that is not a particle', async () => {
    const html = await render(
      '[kube-rs](https://x.org)\n프로젝트에 기여했다. [PR](https://y.org)\nand more. `x`\n이슈를 봤다. `y`\n로그를 봤다.',
    );
    expect(html).toContain('kube-rs</a>\n프로젝트에 기여했다.');
    expect(html).toContain('PR</a>\nand more.');
    expect(html).toContain('<code>x</code>\n이슈를 봤다.');
    expect(html).toContain('<code>y</code>\n로그를 봤다.');
  });

  it('reads a word on into the next node: `로` then a linked `그` is `로그`, not a particle', async () => {
    const html = await render('[kube-rs](https://x.org)\n로[그](https://y.org)를 봤다.');
    expect(html).toContain('kube-rs</a>\n로<a');
  });

  it('keeps the break after plain text, even before a particle', async () => {
    const html = await render('느낌이\n아니었다. kube-rs\n로 시작했다. 이건 *강조*다\n를 적었다.');
    expect(html).toContain(
      '느낌이\n아니었다. kube-rs\n로 시작했다. 이건 <em>강조</em>다\n를 적었다.',
    );
  });

  it('leaves hard breaks alone', async () => {
    const html = await render('[a](https://x.org)  \n로 하나\n\n`b`\\\n로 둘');
    expect(html).toContain('a</a><br/>\n로 하나');
    expect(html).toContain('<code>b</code><br/>\n로 둘');
  });

  it('leaves code blocks and inline code contents alone', async () => {
    const html = await render('```\n`x`\n로\n```\n\n`a\n로` 끝');
    expect(html).toContain('<span>`x`</span></span>\n<span class="line"><span>로</span>');
    expect(html).toContain('<code>a 로</code> 끝');
  });

  it('leaves inline HTML or JSX alone', async () => {
    const html = await render('<kbd>K</kbd>\n를 누른다.');
    expect(html).toContain('<kbd>K</kbd>\n를 누른다.');
  });
});

describe('MDX expressions', () => {
  it('keep the break after them', async () => {
    const html = await renderSingle('a.mdx', "이번에 {'kube-rs'}\n를 쓴다.");
    expect(html).toContain('<p>이번에 kube-rs\n를 쓴다.</p>');
  });
});
