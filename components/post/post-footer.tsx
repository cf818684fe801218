import type { Post } from '@/lib/load/post';
import { PostDate } from './post-meta';
import { TagList } from './tag-list';
import { site, ui } from '@/lib/render/site';

/** Tags, the last update and the edit link under a post. */
export function PostFooter({ post }: { post: Post }) {
  const t = ui();
  const { lastUpdate } = post;
  return (
    <footer className="mt-10 space-y-4 border-t border-gray-200 pt-6 text-sm dark:border-gray-800">
      <TagList tags={post.tags} />
      <div className="flex flex-wrap items-center justify-between gap-4 text-gray-600 dark:text-gray-400">
        {site.blog.editUrl ? (
          <a
            href={`${site.blog.editUrl}${post.file}`}
            className="font-medium text-accent-700 hover:underline dark:text-accent-400"
            rel="noopener noreferrer"
            target="_blank"
          >
            {t.editThisPage}
          </a>
        ) : (
          <span />
        )}
        {lastUpdate ? (
          <p>
            {t.lastUpdated}
            {lastUpdate.date ? (
              <>
                {' '}
                <PostDate date={lastUpdate.date} />
              </>
            ) : null}
            {lastUpdate.author ? ` · ${lastUpdate.author}` : null}
          </p>
        ) : null}
      </div>
    </footer>
  );
}
