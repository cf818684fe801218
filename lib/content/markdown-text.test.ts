import { describe, expect, it } from 'vitest';
import {
  countWords,
  firstParagraph,
  inlineText,
  leadingHeading,
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
