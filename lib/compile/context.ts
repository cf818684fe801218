import type { Problem } from '../problems';

export type TocItem = { id: string; text: string; level: number };

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
  problems: Problem[];
};

/** What the plugins need to know about the post and the site. */
export type CompileContext = {
  file: string;
  /** Absolute directory of the post, for relative images and links. */
  postDir: string;
  /** Absolute path of `posts/`; colocated files keep their path below it. */
  postsDir: string;
  publicDir: string;
  /** Where colocated images are copied to (inside `publicDir`), and their URL prefix. */
  assetsDir: string;
  assetsUrl: string;
  basePath: string;
  locale: string;
  headingLinkLabel: (heading: string) => string;
  removeLeadingHeading: boolean;
  /** Permalink of the post at an absolute file path, for `[x](./other-post.md)` links. */
  permalinkOfFile: (absolutePath: string) => string | undefined;
  facts: CompileFacts;
};

export function emptyFacts(): CompileFacts {
  return {
    toc: [],
    truncated: false,
    ids: [],
    links: [],
    dependencies: { files: [], posts: [] },
    problems: [],
  };
}
