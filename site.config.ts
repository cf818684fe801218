/**
 * The site's settings: the one file to edit. Option names are Docusaurus's (`docusaurus.config`
 * and the blog plugin's options under `blog`); `npm run import` writes this file from a
 * Docusaurus site. `SITE_URL`, `BASE_PATH`, `POSTS_DIR`, `ON_BROKEN_LINKS` and `EXPORT_DIR` in the
 * environment override it when publishing.
 */
import { defineConfig } from './lib/config/resolve';

export default defineConfig({
  title: 'doxxx.log',
  tagline: 'Rust, Kubernetes, 그리고 오픈소스에 기여하며 배운 것들',
  url: 'http://localhost:3000',
  baseUrl: '/',
  trailingSlash: true,
  timeZone: 'Asia/Seoul',
  // English translations of posts live in i18n/en/docusaurus-plugin-content-blog/.
  i18n: { defaultLocale: 'ko', locales: ['ko', 'en'] },
  onBrokenLinks: 'throw',
  markdown: { format: 'mdx', mermaid: true },
  themeConfig: {
    image: '/img/social-card.png',
    navbar: {
      title: 'doxxx.log',
      items: [{ label: 'GitHub', href: 'https://github.com/kube-rs/kube', position: 'right' }],
    },
    footer: { copyright: '© 2026 doxxx. Next.js로 만든 블로그.' },
  },
  blog: {
    path: 'posts',
    routeBasePath: '/',
    blogSidebarCount: 5,
    postsPerPage: 10,
    feedOptions: { type: 'all', limit: 20 },
  },
});
