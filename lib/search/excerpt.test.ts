import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts, titleAndExcerpt } from './excerpt';

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted text', () => {
    expect(
      excerptParts('PR을 <mark>기여</mark>했다. <mark>Aggregated</mark> <mark>Discovery</mark>'),
    ).toEqual([
      { text: 'PR을 ', mark: false },
      { text: '기여', mark: true },
      { text: '했다. ', mark: false },
      { text: 'Aggregated', mark: true },
      { text: ' ', mark: false },
      { text: 'Discovery', mark: true },
    ]);
  });

  it('keeps anything else, escaped or not, as text', () => {
    expect(
      excerptParts(
        '&lt;/script&gt;&lt;script&gt; <img src=x onerror=alert(1)> Tom &amp; <mark>Jerry</mark>',
      ),
    ).toEqual([
      { text: '</script><script> <img src=x onerror=alert(1)> Tom & ', mark: false },
      { text: 'Jerry', mark: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;&#39;&#x27;&#8217;&nbsp;&bogus;&#0;')).toBe(
      "\"''’\u00a0&bogus;&#0;",
    );
  });
});

describe('titleAndExcerpt', () => {
  const TITLE = 'kube-rs 4개월 기여 기록';
  const plainTitle = [{ text: TITLE, mark: false }];

  it('cuts the end of the title an excerpt starts with, and highlights its matches in the title', () => {
    expect(
      titleAndExcerpt(
        excerptParts('<mark>기여</mark> 기록. 2025년 10월, 이슈 하나를 읽었다.'),
        TITLE,
      ),
    ).toEqual({
      title: [
        { text: 'kube-rs 4개월 ', mark: false },
        { text: '기여', mark: true },
        { text: ' 기록', mark: false },
      ],
      excerpt: [{ text: '2025년 10월, 이슈 하나를 읽었다.', mark: false }],
    });
    expect(
      titleAndExcerpt(excerptParts(`${TITLE}. 그 사이에 <mark>있었던</mark> 일`), TITLE),
    ).toEqual({
      title: plainTitle,
      excerpt: [
        { text: '그 사이에 ', mark: false },
        { text: '있었던', mark: true },
        { text: ' 일', mark: false },
      ],
    });
  });

  it('keeps an excerpt that does not start with the title, or would be left empty', () => {
    for (const html of [
      '기록을 남긴다. <mark>기여</mark>는 계속된다.',
      '록 남기기',
      '<mark>기여</mark> 기록',
    ]) {
      const parts = excerptParts(html);
      expect(titleAndExcerpt(parts, TITLE)).toEqual({ title: plainTitle, excerpt: parts });
    }
  });
});
