import type { Author } from './authors';
import type { FrontMatter } from './front-matter';
import type { Tag } from './tags';

export type PostFormat = 'md' | 'mdx';

/** A post as every page, feed and index sees it: validated, resolved, ready to render. */
export type Post = {
  /** A blog post, or a standalone page (Docusaurus's `src/markdown-pages/about.md`). */
  kind: 'post' | 'page';
  /** Path under `posts/`, e.g. `2026-02-20-kube-rs-contribution.mdx`. */
  id: string;
  /** Path from the project root, for messages: `posts/2026-02-20-kube-rs-contribution.mdx`. */
  file: string;
  /** Absolute path of the source file. */
  path: string;
  format: PostFormat;
  /** The language of its text: the locale it is shown in, or the original's when untranslated. */
  lang: string;
  /** `/2026/02/20/kube-rs-contribution/` (without the site's base path). */
  permalink: string;
  title: string;
  /** True when the title came from a leading `# H1`, which the rendered content then omits. */
  titleFromContent: boolean;
  titleMeta: string | undefined;
  sidebarLabel: string | undefined;
  description: string;
  /** Front matter `image` as written: a URL, a path in `public/`, or a file beside the post. */
  image: string | undefined;
  /** The line of `image` in the file, for messages about it. */
  imageLine: number | undefined;
  keywords: string[];
  date: Date;
  lastUpdate: { date: Date | undefined; author: string | undefined } | undefined;
  tags: Tag[];
  authors: Author[];
  draft: boolean;
  unlisted: boolean;
  /** False when front matter says `comments: false`. */
  comments: boolean;
  toc: { hidden: boolean; minLevel: number; maxLevel: number };
  words: number;
  readingMinutes: number;
  /** SHA-256 of what the compiler reads (see `readPostSource`); the text itself is not kept. */
  sourceHash: string;
  frontMatter: FrontMatter;
};

/** When a post last changed: its `last_update` date, or its date. */
export function lastModified(post: Pick<Post, 'lastUpdate' | 'date'>): Date {
  return post.lastUpdate?.date ?? post.date;
}
