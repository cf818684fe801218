import type { ReactNode } from 'react';
import { SiteLink } from '@/components/ui/site-link';
import { PlainLayout } from '@/components/layout/blog-layout';
import { AuthorAvatar } from '@/components/post/author-list';
import { ui } from '@/lib/render/site';
import type { AuthorWithPosts } from '@/lib/routes/table';

const card = 'flex items-center gap-4 rounded-lg border border-gray-200 p-4 dark:border-gray-700';
const linkedCard = `${card} hover:border-accent-600 dark:hover:border-accent-400`;

/** An author's card: to their page if they have one, else to their site, else not a link. */
function AuthorCard({ author, children }: { author: AuthorWithPosts; children: ReactNode }) {
  if (author.permalink) {
    return (
      <SiteLink href={author.permalink} className={linkedCard}>
        {children}
      </SiteLink>
    );
  }
  if (author.url) {
    return (
      <a href={author.url} className={linkedCard} rel="noopener noreferrer" target="_blank">
        {children}
      </a>
    );
  }
  return <div className={card}>{children}</div>;
}

/** Every author of authors.yml, each with their post count, as Docusaurus lists them. */
export function AuthorsView({ authors }: { authors: AuthorWithPosts[] }) {
  const t = ui();
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.authors}</h1>
      <ul className="grid gap-4 sm:grid-cols-2">
        {authors.map((author) => (
          <li key={author.key}>
            <AuthorCard author={author}>
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
            </AuthorCard>
          </li>
        ))}
      </ul>
    </PlainLayout>
  );
}
