/** Site settings: the one place to change what the blog is called and how it behaves. */

export type Locale = 'ko' | 'en';
export type BrokenLinkPolicy = 'throw' | 'warn' | 'ignore';

export type SiteConfig = {
  title: string;
  tagline: string;
  /** Absolute origin, without a trailing slash, e.g. `https://example.com`. */
  url: string;
  /** Sub-path the export is served under, e.g. `/blog`; empty for the root. */
  basePath: string;
  locale: Locale;
  timeZone: string;
  postsPerPage: number;
  blogSidebarCount: number;
  /** Prefix for "edit this page" links; the post's path under `posts/` is appended. */
  editUrl: string | undefined;
  feed: { limit: number };
  copyright: string;
  social: { github?: string };
  /** Link preview image of pages without their own (Docusaurus's `themeConfig.image`). */
  image: string | undefined;
  onBrokenLinks: BrokenLinkPolicy;
};

function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  if (!trimmed.startsWith('/')) {
    throw new Error(`BASE_PATH must start with "/" (got "${value}")`);
  }
  return trimmed;
}

function normalizeSiteUrl(value: string | undefined): string {
  const url = (value ?? 'http://localhost:3000').trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(url)) {
    throw new Error(
      `SITE_URL must be an absolute origin such as https://example.com (got "${value}")`,
    );
  }
  return url;
}

function brokenLinkPolicy(value: string | undefined): BrokenLinkPolicy {
  if (value === undefined || value === '') return 'throw';
  if (value === 'throw' || value === 'warn' || value === 'ignore') return value;
  throw new Error(`ON_BROKEN_LINKS must be throw, warn or ignore (got "${value}")`);
}

export const site: SiteConfig = {
  title: 'doxxx.log',
  tagline: 'Rust, Kubernetes, 그리고 오픈소스에 기여하며 배운 것들',
  url: normalizeSiteUrl(process.env.SITE_URL),
  basePath: normalizeBasePath(process.env.BASE_PATH),
  locale: 'ko',
  timeZone: 'Asia/Seoul',
  postsPerPage: 10,
  blogSidebarCount: 5,
  editUrl: undefined,
  feed: { limit: 20 },
  copyright: '© 2026 doxxx. Next.js로 만든 블로그.',
  social: { github: 'https://github.com/kube-rs/kube' },
  image: '/img/social-card.png',
  onBrokenLinks: brokenLinkPolicy(process.env.ON_BROKEN_LINKS),
};
