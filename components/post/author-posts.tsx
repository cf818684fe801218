import type { Post } from '@/lib/load/post';
import { ui } from '@/lib/render/site';
import type { AuthorWithPage, Page } from '@/lib/routes/table';
import { BlogLayout } from '../layout/blog-layout';
import { AuthorAvatar } from './author-list';
import { PostList } from './post-list';

/** An author's page: who they are, their links, and a page of their posts. */
export function AuthorPosts({ author, page }: { author: AuthorWithPage; page: Page<Post> }) {
  const t = ui();
  const links = [
    ...(author.url ? [{ label: author.url.replace(/^https?:\/\//, ''), url: author.url }] : []),
    ...author.socials.map((social) => ({ label: social.platform, url: social.url })),
  ];
  return (
    <BlogLayout>
      <header className="mb-10 flex flex-col gap-5 border-b border-gray-200 pb-8 sm:flex-row sm:items-center dark:border-gray-800">
        <AuthorAvatar author={author} size={96} />
        <div className="space-y-2">
          <h1 className="text-3xl font-extrabold tracking-tight">{author.name}</h1>
          {author.title ? <p className="text-gray-700 dark:text-gray-300">{author.title}</p> : null}
          {author.description ? (
            <p className="text-gray-700 dark:text-gray-300">{author.description}</p>
          ) : null}
          {links.length > 0 ? (
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links.map((link) => (
                <li key={link.url}>
                  <a
                    href={link.url}
                    rel="noopener noreferrer me"
                    target="_blank"
                    className="text-accent-700 hover:underline dark:text-accent-400"
                  >
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="text-sm text-gray-600 dark:text-gray-400">
            {t.postsBy(author.name, author.posts.length)}
          </p>
        </div>
      </header>
      <PostList page={page} />
    </BlogLayout>
  );
}
