import type { CommentsConfig } from '@/lib/config/resolve';
import { ui } from '@/lib/render/site';
import { GISCUS_LOADER } from './giscus-loader';

/** giscus's `data-*` settings for one page. */
function giscusAttributes(config: CommentsConfig, lang: string): Record<string, string> {
  return {
    repo: config.repo,
    'repo-id': config.repoId,
    category: config.category,
    'category-id': config.categoryId,
    mapping: config.mapping,
    strict: '1',
    'reactions-enabled': config.reactionsEnabled ? '1' : '0',
    'emit-metadata': '0',
    'input-position': config.inputPosition,
    lang,
    loading: 'lazy',
  };
}

/**
 * The comments under a post (giscus: GitHub Discussions), loaded as the reader nears them.
 * Without JavaScript, a link to the discussions on GitHub.
 */
export function Comments({ config, lang }: { config: CommentsConfig; lang: string }) {
  const t = ui();
  return (
    <section
      aria-labelledby="comments-title"
      className="mt-12 border-t border-gray-200 pt-8 dark:border-gray-800"
      data-giscus={JSON.stringify(giscusAttributes(config, lang))}
      data-pagefind-ignore
    >
      <h2 id="comments-title" className="mb-4 text-xl font-bold">
        {t.comments}
      </h2>
      <p className="no-js-only text-sm text-gray-700 dark:text-gray-300">
        {t.commentsNeedJs}{' '}
        <a
          href={`https://github.com/${config.repo}/discussions`}
          className="text-accent-700 underline dark:text-accent-400"
        >
          {t.commentsOnGitHub}
        </a>
      </p>
      {/* giscus's script and iframe go here; React does not touch what is inside. */}
      <div className="giscus min-h-40" dangerouslySetInnerHTML={{ __html: '' }} />
      <script dangerouslySetInnerHTML={{ __html: GISCUS_LOADER }} />
    </section>
  );
}
