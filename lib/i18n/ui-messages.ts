/** The interface's words, in the site's language. Dates and counts go through Intl. */

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
  // A no-break space keeps the count with its noun ("글 1개" never splits).
  taggedWith: (label: string, count: number) => `"${label}" 태그가 붙은 글\u00a0${count}개`,
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
  // Strings for the search island are plain text; `{query}` and `{count}` are filled in there.
  searchLabel: '블로그 검색',
  searchPlaceholder: '검색',
  searchLoading: '검색 중…',
  searchNoResults: '"{query}"에 맞는 글이 없습니다.',
  searchResultCount: '글 {count}개를 찾았습니다.',
  searchPrompt: '찾을 낱말을 입력하세요.',
  searchFailed: '검색 색인을 불러오지 못했습니다.',
  searchAllResults: '모든 검색 결과 보기',
  comments: '댓글',
  commentsNeedJs: '댓글은 JavaScript가 켜져 있어야 보입니다.',
  commentsOnGitHub: 'GitHub Discussions에서 보기',
  searchNeedsJs: '검색은 JavaScript가 켜져 있어야 동작합니다.',
  language: '언어',
  untranslated: '이 글은 아직 번역되지 않아 원문으로 보여 줍니다.',
  searchInstead: '아래 상자는 웹 검색(Google)에서 이 블로그를 찾습니다. 아카이브나 태그에서 글을 찾아볼 수도 있습니다.',
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
  taggedWith: (label, count) => `${count}\u00a0post${count === 1 ? '' : 's'} tagged with "${label}"`,
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
  searchLabel: 'Search the blog',
  searchPlaceholder: 'Search',
  searchLoading: 'Searching…',
  searchNoResults: 'No posts match "{query}".',
  searchResultCount: 'Posts found: {count}',
  searchPrompt: 'Type the words to look for.',
  searchFailed: 'The search index could not be loaded.',
  searchAllResults: 'See all results',
  comments: 'Comments',
  commentsNeedJs: 'Comments need JavaScript.',
  commentsOnGitHub: 'Read them on GitHub Discussions',
  searchNeedsJs: 'Search needs JavaScript.',
  language: 'Language',
  untranslated: 'This post has not been translated yet; it is shown in its original language.',
  searchInstead: 'The box below searches this blog on the web (Google). You can also find posts in the archive or by tag.',
};

const dictionaries: Record<string, Messages> = { ko, en };

/** The interface's words for a locale (`ko-KR` reads as `ko`; English for one it does not know). */
export function messages(locale: string): Messages {
  return dictionaries[locale] ?? dictionaries[locale.split('-')[0] ?? ''] ?? en;
}

/** The interface's words with no argument (the ones a `code.json` message replaces as is). */
type WordKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

/** Docusaurus's theme translation ids (`code.json`) of the words this engine shows. */
const THEME_IDS: { [K in WordKey]?: string } = {
  tags: 'theme.tags.tagsPageTitle',
  archive: 'theme.blog.archive.title',
  authors: 'theme.blog.authorsList.pageTitle',
  readMore: 'theme.blog.post.readMore',
  newerPosts: 'theme.blog.paginator.newerEntries',
  olderPosts: 'theme.blog.paginator.olderEntries',
  newerPost: 'theme.blog.post.paginator.newerPost',
  olderPost: 'theme.blog.post.paginator.olderPost',
  tableOfContents: 'theme.TOCCollapsible.toggleButtonLabel',
  allTags: 'theme.tags.tagsPageLink',
  editThisPage: 'theme.common.editThisPage',
  notFoundTitle: 'theme.NotFound.title',
  notFoundBody: 'theme.NotFound.p1',
  skipToContent: 'theme.common.skipToMainContent',
  mainNavigation: 'theme.NavBar.navAriaLabel',
  blogNavigation: 'theme.blog.sidebar.navAriaLabel',
  postNavigation: 'theme.blog.post.paginator.navAriaLabel',
  listPagination: 'theme.blog.paginator.navAriaLabel',
  language: 'theme.navbar.mobileLanguageDropdown.label',
};

const PLURAL_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Docusaurus's plural message (`One min read|{readingTime} min read`): the form for `count` in
 * the locale's plural categories, in CLDR's order; the last form when fewer are given.
 */
export function pluralForm(message: string, count: number, locale: string): string {
  const forms = message.split('|');
  const rules = new Intl.PluralRules(locale);
  const categories = [...rules.resolvedOptions().pluralCategories].sort(
    (a, b) => PLURAL_ORDER.indexOf(a) - PLURAL_ORDER.indexOf(b),
  );
  const index = categories.indexOf(rules.select(count));
  return forms[Math.min(index, forms.length - 1)] ?? forms.at(-1) ?? message;
}

/** `{name}` placeholders filled in; an unknown one is left as written. */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The interface's words for a locale, with the site's own translations of Docusaurus's theme
 * (`i18n/<locale>/code.json`, by id) in place of the engine's where it has them.
 */
export function messagesWith(locale: string, translations: Readonly<Record<string, string>>) {
  const base = messages(locale);
  const words: Partial<Messages> = {};
  for (const [key, id] of Object.entries(THEME_IDS) as [WordKey, string][]) {
    const message = translations[id];
    if (message !== undefined) words[key] = message;
  }
  const posts = translations['theme.blog.post.plurals'];
  const postCount = posts
    ? (count: number) => fill(pluralForm(posts, count, locale), { count })
    : base.postCount;
  const minutes = translations['theme.blog.post.readingTime.plurals'];
  const tagTitle = translations['theme.blog.tagTitle'];
  const authorTitle = translations['theme.blog.author.pageTitle'];
  const readMoreLabel = translations['theme.blog.post.readMoreLabel'];
  return {
    ...base,
    ...words,
    postCount,
    ...(minutes && {
      minutesToRead: (n: number) => fill(pluralForm(minutes, n, locale), { readingTime: n }),
    }),
    ...(tagTitle && {
      taggedWith: (label: string, count: number) =>
        fill(tagTitle, { nPosts: postCount(count), tagName: label }),
    }),
    ...(authorTitle && {
      postsBy: (name: string, count: number) =>
        fill(authorTitle, { authorName: name, nPosts: postCount(count) }),
    }),
    ...(readMoreLabel && { readMoreAbout: (title: string) => fill(readMoreLabel, { title }) }),
  } satisfies Messages;
}
