import { describe, expect, it } from 'vitest';
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
