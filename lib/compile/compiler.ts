/**
 * The compile stage for a process: a post in, its compiled module and facts out, from memory,
 * from the disk cache, or compiled now. It reads the post's source and the files the post
 * uses, and writes only into its cache folder.
 */
import path from 'node:path';
import type { MarkdownFormat, SiteConfig } from '../config/resolve';
import { messages } from '../i18n/ui-messages';
import { readPostSource } from '../load/load';
import type { Post, PostFormat } from '../load/post';
import { Lru } from '../lru';
import { ContentError } from '../problems';
import type * as CompileModule from './compile';
import type { CompiledPost } from './compile';
import {
  cacheKey,
  engineFingerprint,
  readCompiled,
  readFacts,
  writeCompiled,
} from './compile-cache';
import type { CompileFacts } from './context';
import { emptyFacts } from './context';
import { getHighlighter } from './highlighter';

// The compiler itself (MDX, Shiki, the plugins) loads on the first post not in the cache: a
// process that finds every post compiled (a warm build's workers) never spends the ~1.5 s.
let compileModule: Promise<typeof CompileModule> | undefined;

// In Next's production build, next.config.ts sets ENGINE_PRECOMPILED: `npm run build` compiles
// every post in its check before Next starts (scripts/build.mjs), so the app never compiles one
// and Turbopack, which drops the branch the constant rules out, leaves the compiler (MDX, the
// plugins, the mermaid renderer: ~450 of its ~1,200 server modules) out of the bundle. The
// condition is written out where it is used, which is what Turbopack folds. Unset elsewhere
// (the check, tests, `next dev`).
function compileModuleHere(): Promise<typeof CompileModule> | undefined {
  return process.env.ENGINE_PRECOMPILED === '1'
    ? undefined
    : (compileModule ??= import('./compile'));
}

function loadCompile(post: Post): Promise<typeof CompileModule> {
  return compileModuleHere() ?? Promise.reject(notPrecompiled(post));
}

/**
 * Loads the compiler and its highlighter (~0.6 s) before a post needs them: `next dev` does it
 * while the writer reads the first page, so that the first save shows as fast as the next ones,
 * and the check's worker while the main thread loads the posts.
 */
export function prepareCompiler(): void {
  compileModuleHere()
    ?.then(() => getHighlighter())
    .catch(() => {
      // The post that needs the compiler reports the error.
    });
}

/** Why a production build's page cannot show a post the check did not compile. */
function notPrecompiled(post: Pick<Post, 'file'>): ContentError {
  return new ContentError([
    {
      file: post.file,
      message:
        'was not compiled before `next build`: build with `npm run build`, whose check compiles every post first',
    },
  ]);
}

/** Ends what compiling started (the browser mermaid diagrams render in), if anything. */
export async function closeCompiler(): Promise<void> {
  if (!compileModule || process.env.ENGINE_PRECOMPILED === '1') return;
  await compileModule;
  await (await import('./plugins/rehype-mermaid')).closeMermaid();
}

export type CompilerOptions = {
  /** The project: posts may use any file inside it. */
  rootDir: string;
  postsDir: string;
  publicDir: string;
  config: Pick<SiteConfig, 'basePath' | 'markdown'>;
  locale: string;
  /** The locale's home, `/` or `/en/` (see CompileContext). */
  localeHome: string;
  /** Where compiled posts are kept between processes and builds; none in tests. */
  cacheDir?: string;
  /** A post's text already in memory (see `LoadOptions.keepSources`); else its file is read. */
  sourceOf?: (post: Post) => string | undefined;
};

/** The permalink of the post at an absolute file path, for `[x](./other.md)` links. */
export type PermalinkOfFile = (file: string) => string | undefined;

export type Compiler = ReturnType<typeof createCompiler>;

/** How a post is parsed: Docusaurus's `markdown.format` (`mdx`: both `.md` and `.mdx` as MDX). */
export function formatOf(post: Pick<Post, 'format'>, format: MarkdownFormat): PostFormat {
  if (format === 'detect') return post.format;
  return format;
}

export function createCompiler(options: CompilerOptions) {
  const { config, cacheDir } = options;
  // Compiled posts in memory: enough for any page (a list shows ten), not the whole site.
  const memory = new Lru<string, { sourceHash: string; result: Promise<CompiledPost> }>(200);
  const headingLinkLabel = messages(options.locale).headingLink;

  function keyOf(post: Post, sourceHash: string): string | undefined {
    if (!cacheDir) return undefined;
    return cacheKey([
      engineFingerprint(options.rootDir),
      config.basePath,
      options.locale,
      formatOf(post, config.markdown.format),
      String(config.markdown.trusted),
      String(config.markdown.mermaid),
      String(post.titleFromContent),
      post.image ?? '',
      post.path,
      sourceHash,
    ]);
  }

  async function compileOrReuse(post: Post, permalinkOfFile: PermalinkOfFile) {
    const key = keyOf(post, post.sourceHash);
    const hit = cacheDir && key ? readCompiled(cacheDir, key, permalinkOfFile) : undefined;
    if (hit) return hit;
    const facts = emptyFacts();
    const { compilePostSource } = await loadCompile(post);
    const result = await compilePostSource(
      options.sourceOf?.(post) ?? readPostSource(post),
      formatOf(post, config.markdown.format),
      {
        file: post.file,
        postDir: path.dirname(post.path),
        rootDir: options.rootDir,
        postsDir: options.postsDir,
        publicDir: options.publicDir,
        basePath: config.basePath,
        locale: options.locale,
        localeHome: options.localeHome,
        trusted: config.markdown.trusted,
        mermaid: config.markdown.mermaid,
        headingLinkLabel,
        removeLeadingHeading: post.titleFromContent,
        image: post.image === undefined ? undefined : { url: post.image, line: post.imageLine },
        permalinkOfFile: (file) => {
          const permalink = permalinkOfFile(file);
          facts.dependencies.posts.push({ file, permalink });
          return permalink;
        },
        facts,
      },
    );
    if (cacheDir && key) writeCompiled(cacheDir, key, result);
    return result;
  }

  return {
    /** The post compiled once (kept in memory for a while and on disk until it changes). */
    compile(post: Post, permalinkOfFile: PermalinkOfFile): Promise<CompiledPost> {
      const cached = memory.get(post.path);
      if (cached?.sourceHash === post.sourceHash) return cached.result;
      const result = compileOrReuse(post, permalinkOfFile);
      memory.set(post.path, { sourceHash: post.sourceHash, result });
      result.catch(() => memory.delete(post.path));
      return result;
    },

    /** What an earlier compile of the post learned, if it is cached and current. */
    cachedFacts(post: Post, permalinkOfFile: PermalinkOfFile): CompileFacts | undefined {
      const key = keyOf(post, post.sourceHash);
      return cacheDir && key ? readFacts(cacheDir, key, permalinkOfFile) : undefined;
    },

    /** Forgets compiled posts held in memory (a file changed in development). */
    forget(): void {
      memory.clear();
    },
  };
}
