import type { Problem } from '../problems';

export type TocItem = { id: string; text: string; level: number };

/** A file a post publishes: `/_assets/<hash>/<name>` in the export, copied from `source`. */
export type Asset = {
  source: string;
  url: string;
  /** A smaller copy of an image (lib/compile/responsive-images.ts), made by the publish step. */
  resize?: { width: number; format: 'webp' };
};

/** What the plugins learn while compiling one post; kept with the compiled code. */
export type CompileFacts = {
  toc: TocItem[];
  /** True when the post has a truncate marker (so lists show "read more"). */
  truncated: boolean;
  /** Every element id in the rendered post, for checking `#fragment` links. */
  ids: string[];
  /** Internal links and images (site paths, without the base path), for link checks. */
  links: { href: string; line: number | undefined; column: number | undefined }[];
  /** What the output depends on besides the source: local files read, other posts linked to. */
  dependencies: { files: string[]; posts: { file: string; permalink: string | undefined }[] };
  /**
   * Files of the project the post publishes (an image or a download beside it): the publish
   * step copies each `source` (absolute) to `url` in the export. Nothing is copied while
   * compiling.
   */
  assets: Asset[];
  /**
   * The post's cover (front matter `image`) as a site path when it names a file beside the post:
   * `./cover.png` is published like an image in the text. Absent otherwise.
   */
  image?: string;
  /** Components and packages the post imports, which the site bundles (imports-registry.ts). */
  imports: { key: string; file: string; client: boolean }[];
  problems: Problem[];
  /** What Docusaurus would warn about and build anyway (an unknown admonition, a bad `{1,3}`). */
  warnings: Problem[];
};

/** What the plugins need to know about the post and the site. */
export type CompileContext = {
  file: string;
  /** Absolute directory of the post, for relative images and links. */
  postDir: string;
  /** Absolute path of the project: a post may use any file inside it, nothing outside. */
  rootDir: string;
  /** Absolute path of the posts folder, for messages. */
  postsDir: string;
  /** Absolute path of `public/`, which `/img/x.png` paths point into. */
  publicDir: string;
  basePath: string;
  locale: string;
  /** The locale's home (`/`, `/en/`): site paths to pages in a post are that locale's. */
  localeHome: string;
  /** False when posts come from strangers: no code in them (`markdown.trusted`). */
  trusted: boolean;
  /** ```` ```mermaid ```` blocks become diagrams (`markdown.mermaid`). */
  mermaid: boolean;
  headingLinkLabel: (heading: string) => string;
  removeLeadingHeading: boolean;
  /** Permalink of the post at an absolute file path, for `[x](./other-post.md)` links. */
  permalinkOfFile: (absolutePath: string) => string | undefined;
  /** Front matter `image` and its line, when the post has one. */
  image?: { url: string; line: number | undefined };
  facts: CompileFacts;
};

/**
 * The image that stands for a post in link previews, JSON-LD and feeds: its cover as compiled
 * (a file beside the post, published), else its front matter `image` as written.
 */
export function coverImage(
  post: { image: string | undefined },
  facts: Pick<CompileFacts, 'image'>,
): string | undefined {
  return facts.image ?? post.image;
}

export function emptyFacts(): CompileFacts {
  return {
    toc: [],
    truncated: false,
    ids: [],
    links: [],
    dependencies: { files: [], posts: [] },
    assets: [],
    imports: [],
    problems: [],
    warnings: [],
  };
}
