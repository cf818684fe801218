import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from './excerpt';

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
