/**
 * The words that post content adds to a page (admonition titles, lightbox, code and PR-table
 * controls), in the site's language. Client islands get them as plain strings.
 */

export const ADMONITION_TYPES = ['note', 'tip', 'info', 'warning', 'danger', 'caution'] as const;
export type AdmonitionType = (typeof ADMONITION_TYPES)[number];

export type ContentMessages = {
  admonitions: Record<AdmonitionType, string>;
  gallery: (count: number) => string;
  lightbox: {
    /** The link around an image without alt text. */
    openImage: string;
    /** The dialog's name when the image has no alt text. */
    dialog: string;
    close: string;
    previous: string;
    next: string;
  };
  code: { copy: string; copied: string; failed: string };
  /** The summary of a `<Details>` that has none. */
  details: string;
  pullRequests: {
    summary: (total: number, counts: string) => string;
    count: (category: string, count: number) => string;
    filter: string;
    /** `{visible}` and `{total}` are filled in as rows are filtered. */
    showing: string;
    columns: { index: string; pr: string; title: string; category: string };
    sortByNumber: string;
  };
};

const ko: ContentMessages = {
  admonitions: {
    note: '노트',
    tip: '팁',
    info: '정보',
    warning: '경고',
    danger: '위험',
    caution: '주의',
  },
  gallery: (count) => `이미지 ${count}장`,
  lightbox: {
    openImage: '이미지 크게 보기',
    dialog: '이미지 보기',
    close: '닫기',
    previous: '이전 이미지',
    next: '다음 이미지',
  },
  code: { copy: '복사', copied: '복사됨', failed: '복사 실패' },
  details: '자세히 보기',
  pullRequests: {
    summary: (total, counts) => `${total}개 PR 목록 - ${counts}`,
    count: (category, count) => `${category} ${count}개`,
    filter: '분류로 거르기',
    showing: '{total}개 중 {visible}개 표시',
    columns: { index: '#', pr: 'PR', title: '제목', category: '분류' },
    sortByNumber: 'PR 번호로 정렬',
  },
};

const en: ContentMessages = {
  admonitions: {
    note: 'Note',
    tip: 'Tip',
    info: 'Info',
    warning: 'Warning',
    danger: 'Danger',
    caution: 'Caution',
  },
  gallery: (count) => `${count} images`,
  lightbox: {
    openImage: 'Enlarge image',
    dialog: 'Image viewer',
    close: 'Close',
    previous: 'Previous image',
    next: 'Next image',
  },
  code: { copy: 'Copy', copied: 'Copied', failed: 'Copy failed' },
  details: 'Details',
  pullRequests: {
    summary: (total, counts) => `${total} pull requests - ${counts}`,
    count: (category, count) => `${category} ${count}`,
    filter: 'Filter by category',
    showing: 'Showing {visible} of {total}',
    columns: { index: '#', pr: 'PR', title: 'Title', category: 'Category' },
    sortByNumber: 'Sort by PR number',
  },
};

const dictionaries: Record<string, ContentMessages> = { ko, en };

/** The content's words for a locale (English for one the site does not know). */
export function contentMessages(locale: string): ContentMessages {
  return dictionaries[locale] ?? dictionaries[locale.split('-')[0] ?? ''] ?? en;
}
