import { SiteLink } from '@/components/ui/site-link';
import type { Post } from '@/lib/load/post';
import { MdxContent } from '../mdx/mdx-content';
import { AuthorList } from './author-list';
import { PostMeta } from './post-meta';
import { TagList } from './tag-list';
import { getBlog, htmlLang, pageLocale, ui } from '@/lib/render/site';

/** A post in a list: its header, rendered excerpt, tags and a "read more" link when truncated. */
export async function PostCard({ post }: { post: Post }) {
  const t = ui();
  const { facts } = await getBlog().compile(post);
  return (
    <article
      lang={post.lang === pageLocale() ? undefined : htmlLang(post.lang)}
      className="border-b border-gray-200 pb-10 last:border-b-0 dark:border-gray-800"
    >
      <header className="mb-5 space-y-3">
        <h2 className="text-2xl font-bold leading-snug tracking-tight sm:text-3xl">
          <SiteLink
            href={post.permalink}

            className="hover:text-accent-700 dark:hover:text-accent-400"
          >
            {post.title}
          </SiteLink>
        </h2>
        <PostMeta post={post} />
        <AuthorList authors={post.authors} />
      </header>
      <div className="prose prose-ko prose-gray max-w-none dark:prose-invert">
        <MdxContent post={post} excerpt />
      </div>
      <footer className="mt-6 flex flex-wrap items-center justify-between gap-4">
        <TagList tags={post.tags} />
        {facts.truncated ? (
          <SiteLink
            href={post.permalink}

            className="font-semibold text-accent-700 hover:underline dark:text-accent-400"
          >
            {t.readMore}
            <span className="sr-only">: {post.title}</span>
          </SiteLink>
        ) : null}
      </footer>
    </article>
  );
}
