/**
 * Compiles one post with MDX's compiler (`@mdx-js/mdx`, what next-mdx-remote's serializer runs):
 * `.md` as CommonMark with raw HTML or as MDX (see `markdown.format`), `.mdx` as MDX, with GFM,
 * heading ids and self-links, build-time highlighting, image sizes and checked links. The result
 * is plain code (always the production JSX runtime's, whatever the mode) plus what the plugins
 * learned (TOC, ids, links, assets), so a post is compiled once and its page, excerpt and feed
 * entry reuse it.
 */
import { compile } from '@mdx-js/mdx';
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import { VFileMessage } from 'vfile-message';
import type { PluggableList } from 'unified';
import type { PostFormat } from '../load/post';
import { remarkImports } from './plugins/remark-imports';
import { rehypeMermaid } from './plugins/rehype-mermaid';
import { rehypeTocExport } from './plugins/rehype-toc-export';
import { remarkUntrusted } from './plugins/remark-untrusted';
import { GLOBAL_COMPONENTS } from './theme-specifiers';
import type { Problem } from '../problems';
import { ContentError } from '../problems';
import type { CompiledPost } from './compile-cache';
import type { CompileContext } from './context';
import { PostProblemsError } from './post-problems';
import { resolveCoverImage } from './cover-image';
import { CODE_THEMES, getHighlighter } from './highlighter';
import {
  highlightedLines,
  rehypeCodeBlocks,
  rehypeKeepCodeMeta,
} from './plugins/rehype-code-blocks';
import { rehypeCollectIds } from './plugins/rehype-collect-ids';
import { GALLERY_COMPONENT, rehypeGallery } from './plugins/rehype-gallery';
import { rehypeHeadings } from './plugins/rehype-headings';
import { rehypeImages } from './plugins/rehype-images';
import { rehypeJsxImages } from './plugins/rehype-jsx-images';
import { rehypeLightbox } from './plugins/rehype-lightbox';
import { rehypeLinks } from './plugins/rehype-links';
import {
  PULL_REQUEST_TABLE_COMPONENT,
  rehypePullRequestTable,
} from './plugins/rehype-pull-request-table';
import { rehypeTableScroll } from './plugins/rehype-table-scroll';
import { recmaLazyRest } from './plugins/recma-lazy-rest';
import { rehypeTruncate } from './plugins/rehype-truncate';
import { remarkAdmonitions } from './plugins/remark-admonitions';
import { remarkHeadingIds } from './plugins/remark-heading-ids';
import { remarkKoreanLineBreaks } from './plugins/remark-korean-line-breaks';
import { remarkLeadingHeading } from './plugins/remark-leading-heading';
import { preprocessSource } from './preprocess';
import { UNTRUSTED_SCHEMA } from './untrusted-html';

export type { CompiledPost } from './compile-cache';

/** MDX's own node types, which rehype-raw must leave alone in `.md` files. */
const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

/**
 * MDX's compile errors (a VFileMessage: reason, line, column) as a problem in `file`. When the
 * reason names a more precise place than the message's own (`Expected a closing tag for <b>
 * (6:8-6:11)`, reported on the paragraph), that place is the one given.
 */
export function mdxErrorProblem(error: unknown, file: string): Problem {
  if (error instanceof VFileMessage) {
    const named = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
    return {
      file,
      line: named ? Number(named[1]) : (error.line ?? undefined),
      column: named ? Number(named[2]) : (error.column ?? undefined),
      message: `MDX: ${error.reason}`,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { file, message: `MDX: ${text.split('\n')[0] ?? 'could not compile'}` };
}

export async function compilePostSource(
  source: string,
  format: PostFormat,
  context: CompileContext,
): Promise<CompiledPost> {
  const { facts } = context;
  const highlighter = await getHighlighter();
  const rehypePlugins: PluggableList = [
    ...(format === 'md'
      ? ([rehypeKeepCodeMeta, [rehypeRaw, { passThrough: MDX_NODE_TYPES }]] satisfies PluggableList)
      : []),
    // Posts from strangers: their raw HTML cleaned to an allow-list (untrusted-html.ts).
    ...(context.trusted ? [] : ([[rehypeSanitize, UNTRUSTED_SCHEMA]] satisfies PluggableList)),
    ...(context.mermaid ? ([[rehypeMermaid, context]] satisfies PluggableList) : []),
    [rehypeTruncate, facts],
    rehypeSlug,
    [rehypeHeadings, { toc: facts.toc, linkLabel: context.headingLinkLabel }],
    [rehypeLinks, context],
    rehypeJsxImages,
    [rehypeGallery, context],
    [rehypeImages, context],
    rehypeLightbox,
    [rehypePullRequestTable, context],
    [rehypeCodeBlocks, context],
    rehypeTableScroll,
    [
      rehypeShikiFromHighlighter,
      highlighter,
      {
        themes: CODE_THEMES,
        lazy: true,
        fallbackLanguage: 'text',
        defaultLanguage: 'text',
        // No time limit per line: on a busy machine Shiki would stop colouring a line midway,
        // and the same post would compile differently from one build to the next.
        tokenizeTimeLimit: 0,
        transformers: [highlightedLines()],
      },
    ],
    [rehypeCollectIds, facts.ids],
    ...(format === 'mdx' ? ([[rehypeTocExport, facts]] satisfies PluggableList) : []),
  ];
  let code: string;
  try {
    const result = await compile(
      { value: preprocessSource(source, format), path: context.file },
      {
        format,
        outputFormat: 'function-body',
        development: false,
        remarkPlugins: [
          // Posts from strangers: no code in them at all (`markdown.trusted: false`).
          ...(context.trusted
            ? []
            : [
                [
                  remarkUntrusted,
                  { ...context, components: [GALLERY_COMPONENT, PULL_REQUEST_TABLE_COMPONENT] },
                ] satisfies PluggableList[number],
              ]),
          ...(context.trusted && format === 'mdx'
            ? [
                [
                  remarkImports,
                  { ...context, globals: GLOBAL_COMPONENTS },
                ] satisfies PluggableList[number],
              ]
            : []),
          remarkGfm,
          remarkKoreanLineBreaks,
          remarkDirective,
          [remarkAdmonitions, context],
          [remarkLeadingHeading, { enabled: context.removeLeadingHeading }],
          remarkHeadingIds,
        ],
        rehypePlugins,
        recmaPlugins: [recmaLazyRest],
      },
    );
    code = String(result);
  } catch (error) {
    throw new ContentError([mdxErrorProblem(error, context.file)]);
  }
  resolveCoverImage(context);
  if (facts.problems.length > 0) {
    const position = (p: Problem) => (p.line ?? 0) * 100_000 + (p.column ?? 0);
    throw new PostProblemsError(
      facts.problems.sort((a, b) => position(a) - position(b)),
      facts,
    );
  }
  return { code, facts };
}
