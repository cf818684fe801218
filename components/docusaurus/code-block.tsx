import type { Element, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { CSSProperties, ReactNode } from 'react';
import type { BundledLanguage } from 'shiki';
import { bundledLanguages } from 'shiki';
import { CopyButton } from '@/components/mdx/copy-button';
import { parseCodeMeta } from '@/lib/compile/code-meta';
import { applyMagicComments } from '@/lib/compile/magic-comments';
import { CODE_THEMES, getHighlighter } from '@/lib/compile/highlighter';
import { highlightedLines } from '@/lib/compile/plugins/rehype-code-blocks';
import { contentMessages } from '@/lib/i18n/content-messages';
import { pageLocale } from '@/lib/render/site';

export type CodeBlockProps = {
  children?: ReactNode;
  /** `language-ts`, as MDX gives a fence's `<code>`; `language` wins over it. */
  className?: string;
  language?: string;
  title?: ReactNode;
  /** `true`, or the number of the first line. */
  showLineNumbers?: boolean | number;
  /** What a fence says after its language: `title="x.ts" {1,3-4} showLineNumbers`. */
  metastring?: string;
};

/** The code, when the children are text (they are in MDX: `<CodeBlock>{`…`}</CodeBlock>`). */
function codeOf(children: ReactNode): string | undefined {
  const parts = Array.isArray(children) ? children : [children];
  if (!parts.every((part) => typeof part === 'string' || typeof part === 'number'))
    return undefined;
  return parts.join('').replace(/\n$/, '');
}

/** The first line's number, if lines are numbered: the prop, else the metastring's. */
export function firstLineNumber(
  showLineNumbers: boolean | number | undefined,
  metastring: string,
): number | undefined {
  if (typeof showLineNumbers === 'number') return showLineNumbers;
  if (showLineNumbers === true) return 1;
  if (showLineNumbers === false) return undefined;
  const written = /(?:^|\s)showLineNumbers(?:=(\d+))?(?=\s|$)/.exec(metastring);
  return written ? Number(written[1] ?? 1) : undefined;
}

/** A language Shiki knows (loaded on first use), else plain text. */
async function loadedLanguage(language: string | undefined): Promise<string> {
  const highlighter = await getHighlighter();
  const name = language?.toLowerCase();
  if (!name) return 'text';
  if (highlighter.getLoadedLanguages().includes(name)) return name;
  if (!Object.hasOwn(bundledLanguages, name)) return 'text';
  await highlighter.loadLanguage(name as BundledLanguage);
  return name;
}

/** Shiki's `style="a:b;--c:d"` as a React style object. */
function styleObject(style: unknown): CSSProperties {
  if (typeof style !== 'string') return {};
  return Object.fromEntries(
    style
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter(([name, value]) => name && value)
      .map(([name = '', value = '']) => [
        name.startsWith('--')
          ? name
          : name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
        value,
      ]),
  );
}

/** Shiki's `<pre>`, its lines as HTML (Shiki escapes the code). */
async function highlight(code: string, language: string | undefined, meta: string) {
  const highlighter = await getHighlighter();
  const root = highlighter.codeToHast(code, {
    lang: await loadedLanguage(language),
    themes: CODE_THEMES,
    meta: { __raw: meta },
    tokenizeTimeLimit: 0,
    transformers: [highlightedLines()],
  });
  const pre = root.children.find(
    (node): node is Element => node.type === 'element' && node.tagName === 'pre',
  );
  if (!pre) throw new Error('Shiki gave no <pre>');
  return { properties: pre.properties, html: toHtml(pre.children) };
}

function classOf(properties: Properties): string | undefined {
  const value = properties.class ?? properties.className;
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : undefined;
}

/**
 * Docusaurus's `<CodeBlock language title showLineNumbers metastring>`: highlighted on the
 * server by the engine's Shiki highlighter, in the markup of a fenced code block (title,
 * `{1,3-4}` highlighted lines, copy button), with line numbers when asked for.
 */
export async function CodeBlock({
  children,
  className,
  language,
  title,
  showLineNumbers,
  metastring = '',
}: CodeBlockProps) {
  const meta = parseCodeMeta(metastring);
  const heading = title ?? meta.title;
  const firstLine = firstLineNumber(showLineNumbers, metastring);
  const lang = language ?? /(?:^|\s)language-(\S+)/.exec(className ?? '')?.[1];
  // Without `{…}` lines, its magic comments say which lines are highlighted (as a fence's).
  const written = codeOf(children);
  const applied = written === undefined ? undefined : applyMagicComments(written, lang, metastring);
  const code = applied?.code;
  // The gutter is as wide as the last line's number, so the code lines up.
  const lastLine = (firstLine ?? 1) + (code ?? '').split('\n').length - 1;
  const numbered =
    firstLine === undefined
      ? undefined
      : ({
          counterReset: `code-line ${firstLine - 1}`,
          '--line-number-digits': String(lastLine).length,
        } as CSSProperties);

  let pre: ReactNode;
  if (code === undefined) {
    // Elements, not text: shown as they are, as Docusaurus does.
    pre = (
      <pre style={numbered}>
        <code>{children}</code>
      </pre>
    );
  } else {
    const { properties, html } = await highlight(code, lang, applied?.meta ?? metastring);
    pre = (
      <pre
        className={classOf(properties)}
        style={{ ...styleObject(properties.style), ...numbered }}
        tabIndex={0}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }
  const Frame = heading ? 'figure' : 'div';
  return (
    <Frame className={firstLine === undefined ? 'code-block' : 'code-block code-block-numbered'}>
      {heading ? <figcaption className="code-block-title">{heading}</figcaption> : null}
      <div className="code-block-body">
        {pre}
        <CopyButton labels={contentMessages(pageLocale()).code} />
      </div>
    </Frame>
  );
}
