import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { singlePostSite } from '../testing/single-post';
import { postAt } from '../testing/sites';
import {
  countWords,
  countWordsWithSegmenter,
  firstParagraph,
  inlineText,
  leadingHeading,
  readableText,
  readingMinutes,
} from './markdown-text';

describe('leadingHeading', () => {
  it('finds a leading # H1 after comments and blank lines', () => {
    expect(leadingHeading('\n<!-- x -->\n\n# Hello *world*\n\nText')).toBe('Hello world');
    expect(leadingHeading('import X from "y"\n\nTitle\n=====\n')).toBe('Title');
  });

  it('ignores an H1 that is not first', () => {
    expect(leadingHeading('Intro\n\n# Later')).toBeUndefined();
    expect(leadingHeading('## Level two')).toBeUndefined();
  });
});

describe('firstParagraph', () => {
  it('takes the first prose paragraph as plain text', () => {
    const body =
      '# Title\n\n![img](/a.png)\n\n```js\ncode\n```\n\nFirst [link](https://x) and **bold**\nline two.\n\nSecond.';
    expect(firstParagraph(body)).toBe('First link and bold line two.');
  });

  it('skips comments, HTML and tables', () => {
    expect(firstParagraph('<!--\nmulti\n-->\n<details>\n\n| a |\n|---|\n\nReal text.')).toBe(
      'Real text.',
    );
  });

  it('reduces inline Markdown', () => {
    expect(inlineText('`code` and ~~gone~~ and _em_')).toBe('code and gone and em');
  });
});

describe('reading time', () => {
  it('counts Korean words with Intl.Segmenter, not characters', () => {
    // Four Korean words of 3–4 syllables: a character count would say 14.
    expect(countWords('오픈소스에 기여하는 일은 즐겁다', 'ko')).toBe(4);
  });

  it('does not count URLs or markup', () => {
    expect(countWords('[링크](https://example.com/a/b/c) <br/> 텍스트', 'ko')).toBe(2);
  });

  it('reads 200 words a minute, at least one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(200)).toBe(1);
    expect(readingMinutes(201)).toBe(2);
    expect(readingMinutes(201, 'ko')).toBe(2);
    // English is read faster: 238 words a minute.
    expect(readingMinutes(238, 'en')).toBe(1);
    expect(readingMinutes(239, 'en-US')).toBe(2);
  });
});

describe('countWords agrees with Intl.Segmenter', () => {
  const samples = [
    '오픈소스에 기여하는 일은 즐겁다. kube-rs를 쓰고 있었다.',
    "Don't panic: version 3.14 shipped on 2026-02-20T12:00:00+09:00, e.g. at 12:30.",
    'PR #1836을 올렸다. `resolver = "1"`이 오래된 설정인데, Docker Hub rate limit으로 flaky해지는 CI',
    'count_words(text) → HashMap<&str, usize>; 1,000 posts and 1.5 GB',
    'Ünïcödé naïve café — “quoted” words… and ellipses',
  ];
  it.each(samples)('%s', (text) => {
    expect(countWords(text, 'ko')).toBe(countWordsWithSegmenter(text, 'ko'));
  });

  it('uses the dictionary for scripts without spaces', () => {
    expect(countWords('我喜欢读书', 'zh')).toBe(countWordsWithSegmenter('我喜欢读书', 'zh'));
    expect(countWords('我喜欢读书', 'zh')).toBeGreaterThan(1);
  });
});

it('counts the kube-rs post exactly as Intl.Segmenter does', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const seed = fs.readFileSync(
    path.join(import.meta.dirname, '__fixtures__/site/posts/2026-02-20-kube-rs-contribution.md'),
    'utf8',
  );
  expect(countWords(seed, 'ko')).toBe(countWordsWithSegmenter(readableText(seed), 'ko'));
});

describe('line breaks before Korean particles', () => {
  const seed = fs.readFileSync(
    path.join(import.meta.dirname, '__fixtures__/site/posts/2026-02-20-kube-rs-contribution.md'),
    'utf8',
  );
  /** The seed's paragraph that has `text` in it, as written. */
  const paragraphWith = (text: string) => {
    const paragraph = seed.split('\n\n').find((p) => p.includes(text));
    if (!paragraph) throw new Error(`no paragraph with ${text}`);
    return paragraph;
  };

  it.each([
    ['[PR #1838](https://github.com/kube-rs/kube/pull/1838)\n부터는', 'PR #1838부터는 이슈에서'],
    ['[이슈 #1813](https://github.com/kube-rs/kube/issues/1813)\n이 눈에', '이슈 #1813이 눈에'],
    ['[PR #1873](https://github.com/kube-rs/kube/pull/1873)\n과', 'PR #1873과 PR #1876을 올렸다.'],
    ['direct-minimal-versions)\n로 의존성', 'cargo -Z direct-minimal-versions로 의존성'],
  ])('attach the seed’s particle after %j', (source, text) => {
    const paragraph = paragraphWith(source);
    expect(firstParagraph(paragraph)).toContain(text);
  });

  it.each([
    ['plain Korean words', '느낌이\n아니었다.', '느낌이 아니었다.'],
    ['a link and a word', '[kube-rs](https://x)\n프로젝트에', 'kube-rs 프로젝트에'],
    ['a link and English', '[PR](https://x)\nand more', 'PR and more'],
    ['plain text and a particle', 'kube-rs\n로 시작', 'kube-rs 로 시작'],
    ['a hard break', '[a](https://x)  \n로 시작', 'a 로 시작'],
    ['two list items', '- `a`\n- 로 시작', 'a 로 시작'],
  ])('keep the space between %s', (_, source, text) => {
    expect(firstParagraph(source)).toBe(text);
  });

  it('attach after inline code and emphasis, in quotes and lists too', () => {
    expect(firstParagraph('`Store`\n에서 **watch**\n로 ~~polling~~\n은 *끝*\n이다.')).toBe(
      'Store에서 watch로 polling은 끝이다.',
    );
    expect(firstParagraph('> [인용](https://x)\n> 에서는 끝.')).toBe('인용에서는 끝.');
    expect(firstParagraph('- [항목](https://x)\n  으로 끝.')).toBe('항목으로 끝.');
  });

  it.each(['a.md', 'a.mdx'])('make the description of a post (%s)', (name) => {
    const body = `${paragraphWith('부터는 [이슈]')}\n\n다음 문단.\n`;
    const store = singlePostSite(name, body);
    expect(postAt(store, name).description).toBe(
      '이슈부터 시작하기. 첫 PR은 의논 없이 바로 올렸지만, PR #1838부터는 이슈에서 먼저 설계를 의논하고 진행하기 시작했다. 바로 코드를 짜는 것보다 청사진을 먼저 그리는 편이 낫다는 걸 느꼈다. 코드베이스에 대해 이해도가 높은 사람의 의견을 들을 수 있었고, 설계 단계에서 여러 tradeoff를 고려하게 되면서 결과적으로 더 나은 방향으로 갈 수 있었다.',
    );
  });
});
