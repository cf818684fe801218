/**
 * Compiles one post with next-mdx-remote's serializer: `.md` as CommonMark with raw HTML,
 * `.mdx` as MDX, both with GFM, heading ids and self-links, build-time highlighting, image sizes
 * and checked links. The result is plain code plus what the plugins learned (TOC, ids, links),
 * so a post is compiled once and its page, excerpt and feed entry reuse it.
 */
import rehypeShikiFromHighlighter from '@shikijs/rehype/core';
import { serialize } from 'next-mdx-remote/serialize';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import type { PostFormat } from '../load/post';
import type { Problem } from '../problems';
import { ContentError } from '../problems';
import type { CompileContext, CompileFacts } from './context';
import { CODE_THEMES, getHighlighter } from './highlighter';
import {
  highlightedLines,
  rehypeCodeBlocks,
  rehypeKeepCodeMeta,
} from './plugins/rehype-code-blocks';
import { rehypeCollectIds } from './plugins/rehype-collect-ids';
import { rehypeGallery } from './plugins/rehype-gallery';
import { rehypeHeadings } from './plugins/rehype-headings';
import { rehypeImages } from './plugins/rehype-images';
import { rehypeJsxImages } from './plugins/rehype-jsx-images';
import { rehypeLightbox } from './plugins/rehype-lightbox';
import { rehypeLinks } from './plugins/rehype-links';
import { rehypePullRequestTable } from './plugins/rehype-pull-request-table';
import { rehypeTableScroll } from './plugins/rehype-table-scroll';
import { rehypeTruncate } from './plugins/rehype-truncate';
import { remarkAdmonitions } from './plugins/remark-admonitions';
import { remarkHeadingIds } from './plugins/remark-heading-ids';
import { remarkKoreanLineBreaks } from './plugins/remark-korean-line-breaks';
import { remarkLeadingHeading } from './plugins/remark-leading-heading';
import { preprocessMdx } from './preprocess';

export type CompiledPost = { code: string; facts: CompileFacts };

/** The post compiled, but what it refers to is wrong (missing image, link to no post). */
export class PostProblemsError extends ContentError {
  readonly facts: CompileFacts;

  constructor(problems: readonly Problem[], facts: CompileFacts) {
    super(problems);
    this.facts = facts;
  }
}

/** MDX's own node types, which rehype-raw must leave alone in `.md` files. */
const MDX_NODE_TYPES = [
  'mdxFlowExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxTextExpression',
  'mdxjsEsm',
];

/**
 * next-mdx-remote reports compile errors as text with a code frame; the position is recovered
 * from the frame's `>` line and caret so the problem can point at the file's line and column.
 */
export function mdxErrorProblem(error: unknown, file: string): Problem {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split('\n');
  const headerless = lines[0]?.startsWith('[next-mdx-remote]') ? lines.slice(1) : lines;
  const reason = (headerless.find((line) => line.trim() !== '') ?? 'could not compile').trim();
  const lineMatch = /^>\s*(\d+)\s*\|/m.exec(text);
  const caret = /^\s*\|( *)\^/m.exec(text);
  return {
    file,
    line: lineMatch?.[1] ? Number(lineMatch[1]) : undefined,
    column: lineMatch && caret?.[1] !== undefined ? caret[1].length : undefined,
    message: `MDX: ${reason.replace(/^\[next-mdx-remote\]\s*/, '')}`,
  };
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
        transformers: [highlightedLines()],
      },
    ],
    [rehypeCollectIds, facts.ids],
  ];
  let code: string;
  try {
    const result = await serialize(
      format === 'mdx' ? preprocessMdx(source) : source,
      {
        // Posts are their authors' own code: expressions and props such as `items={[…]}` stay,
        // while next-mdx-remote still rejects eval, Function, process, require and friends.
        blockJS: false,
        blockDangerousJS: true,
        mdxOptions: {
          format,
          remarkPlugins: [
            remarkGfm,
            remarkKoreanLineBreaks,
            remarkDirective,
            [remarkAdmonitions, context],
            [remarkLeadingHeading, { enabled: context.removeLeadingHeading }],
            remarkHeadingIds,
          ],
          rehypePlugins,
        },
      },
      true,
    );
    code = result.compiledSource;
  } catch (error) {
    throw new ContentError([mdxErrorProblem(error, context.file)]);
  }
  if (facts.problems.length > 0) {
    const position = (p: Problem) => (p.line ?? 0) * 100_000 + (p.column ?? 0);
    throw new PostProblemsError(
      facts.problems.sort((a, b) => position(a) - position(b)),
      facts,
    );
  }
  return { code, facts };
}
