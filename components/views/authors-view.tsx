import { SiteLink } from '@/components/ui/site-link';
import { PlainLayout } from '@/components/layout/blog-layout';
import { AuthorAvatar } from '@/components/post/author-list';
import { ui } from '@/lib/render/site';
import type { AuthorWithPosts } from '@/lib/routes/table';

/** The authors with a page, each with their post count. */
export function AuthorsView({ authors }: { authors: AuthorWithPosts[] }) {
  const t = ui();
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authors}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {authors.map((author) => (
          <li key={author.key}>
            <SiteLink
              href={author.permalink}

              className="flex items-center gap-4 rounded-lg border border-gray-200 p-4 hover:border-accent-600 dark:border-gray-700 dark:hover:border-accent-400"
            >
              <AuthorAvatar author={author} size={56} />
              <span className="space-y-0.5">
                <span className="block text-lg font-bold">{author.name}</span>
                {author.title ? (
                  <span className="block text-sm text-gray-600 dark:text-gray-400">
                    {author.title}
                  </span>
                ) : null}
                <span className="block text-sm text-gray-600 dark:text-gray-400">
                  {t.postCount(author.posts.length)}
                </span>
              </span>
            </SiteLink>
          </li>
        ))}
      </ul>
    </PlainLayout>
  );
}
