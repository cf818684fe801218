/** Test helpers: a post rendered to HTML as its page (or its list entry) shows it. */
import type { MDXComponents } from 'mdx/types';
import { Fragment, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { excerptComponents, pageComponents } from '@/components/mdx/mdx-components';
import type { Post } from '@/lib/load/post';
import { excerptImports, postImports } from '@/components/mdx/mdx-imports';
import { renderMdx } from '@/lib/render/evaluate';
import { singlePostSite } from '@/lib/testing/single-post';
import type { StoreOptions, TestStore } from '@/lib/testing/sites';
import { postAt } from '@/lib/testing/sites';

export async function renderPost(
  store: Pick<TestStore, 'getCompiledPost'>,
  post: Post,
  { excerpt = false, components = {} }: { excerpt?: boolean; components?: MDXComponents } = {},
): Promise<string> {
  const { code } = await store.getCompiledPost(post);
  const base = excerpt ? excerptComponents : pageComponents;
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      renderMdx(code, { ...base, ...components }, excerpt ? excerptImports : postImports),
    ),
  );
}

/** The post's page (or, with `excerpt`, its list entry) as HTML; `basePath` for a sub-path. */
export async function renderSingle(
  name: string,
  body: string,
  {
    files,
    excerpt = false,
    basePath,
    config,
  }: {
    files?: Record<string, string>;
    excerpt?: boolean;
    basePath?: string;
    config?: StoreOptions['config'];
  } = {},
): Promise<string> {
  const store = singlePostSite(name, body, files, {
    ...(basePath === undefined ? {} : { basePath }),
    ...(config === undefined ? {} : { config }),
  });
  return renderPost(store, postAt(store, name), { excerpt });
}
