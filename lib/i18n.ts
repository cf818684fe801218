/** The interface's words, in the site's language. Dates and counts go through Intl. */
import type { Locale } from './site';
import { site } from './site';

const ko = {
  blog: '블로그',
  tags: '태그',
  archive: '아카이브',
  authors: '작성자',
  search: '검색',
  readMore: '더 읽기',
  readMoreAbout: (title: string) => `"${title}" 더 읽기`,
  minutesToRead: (minutes: number) => `${minutes}분 분량`,
  headingLink: (heading: string) => `"${heading}" 제목으로 바로 가기`,
  taggedWith: (label: string, count: number) => `"${label}" 태그가 붙은 글 ${count}개`,
  postsBy: (name: string, count: number) => `${name}의 글 ${count}개`,
  newerPosts: '최신 글',
  olderPosts: '이전 글',
  newerPost: '다음 글',
  olderPost: '이전 글',
  pageOf: (page: number, total: number) => `${total}쪽 중 ${page}쪽`,
  tableOfContents: '이 글의 목차',
  recentPosts: '최근 글',
  allTags: '모든 태그',
  lastUpdated: '마지막 수정',
  by: (author: string) => `${author}`,
  editThisPage: '이 글 고치기',
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
  backHome: '홈으로',
  skipToContent: '본문으로 건너뛰기',
  toggleTheme: '테마 바꾸기',
  themeLight: '밝은 테마',
  themeDark: '어두운 테마',
  themeSystem: '시스템 설정',
  menu: '메뉴',
  mainNavigation: '주 메뉴',
  footerNavigation: '사이트 링크',
  blogNavigation: '블로그 글 목록',
  postNavigation: '이전 글과 다음 글',
  listPagination: '글 목록 페이지',
  closeMenu: '메뉴 닫기',
  postCount: (count: number) => `글 ${count}개`,
};

export type Messages = typeof ko;

const en: Messages = {
  blog: 'Blog',
  tags: 'Tags',
  archive: 'Archive',
  authors: 'Authors',
  search: 'Search',
  readMore: 'Read more',
  readMoreAbout: (title) => `Read more about "${title}"`,
  minutesToRead: (minutes) => `${minutes} min read`,
  headingLink: (heading) => `Direct link to "${heading}"`,
  taggedWith: (label, count) => `${count} post${count === 1 ? '' : 's'} tagged with "${label}"`,
  postsBy: (name, count) => `${count} post${count === 1 ? '' : 's'} by ${name}`,
  newerPosts: 'Newer posts',
  olderPosts: 'Older posts',
  newerPost: 'Newer post',
  olderPost: 'Older post',
  pageOf: (page, total) => `Page ${page} of ${total}`,
  tableOfContents: 'On this page',
  recentPosts: 'Recent posts',
  allTags: 'All tags',
  lastUpdated: 'Last updated',
  by: (author) => `by ${author}`,
  editThisPage: 'Edit this page',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address has changed or the page does not exist.',
  backHome: 'Back to the home page',
  skipToContent: 'Skip to main content',
  toggleTheme: 'Switch theme',
  themeLight: 'Light theme',
  themeDark: 'Dark theme',
  themeSystem: 'System setting',
  menu: 'Menu',
  mainNavigation: 'Main',
  footerNavigation: 'Site links',
  blogNavigation: 'Blog posts',
  postNavigation: 'Newer and older posts',
  listPagination: 'Blog list pages',
  closeMenu: 'Close menu',
  postCount: (count) => `${count} post${count === 1 ? '' : 's'}`,
};

const dictionaries: Record<Locale, Messages> = { ko, en };

export function messages(locale: Locale): Messages {
  return dictionaries[locale];
}

/** The site's own words. */
export const t = messages(site.locale);
