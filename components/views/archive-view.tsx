import { SiteLink } from '@/components/ui/site-link';
import { PlainLayout } from '@/components/layout/blog-layout';
import { PostDate } from '@/components/post/post-meta';
import { ui } from '@/lib/render/site';
import type { YearOfPosts } from '@/lib/routes/table';

/** Every listed post by year, newest first. */
export function ArchiveView({ years }: { years: YearOfPosts[] }) {
  const t = ui();
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.archive}</h1>
      <div className="space-y-10">
        {years.map(({ year, posts }) => (
          <section key={year} aria-labelledby={`year-${year}`}>
            <h2 id={`year-${year}`} className="mb-4 text-2xl font-bold">
              {year}
              <span className="ml-2 text-base font-normal text-gray-600 dark:text-gray-400">
                {t.postCount(posts.length)}
              </span>
            </h2>
            <ul className="space-y-2">
              {posts.map((post) => (
                <li
                  key={post.permalink}
                  className="flex flex-col gap-x-4 sm:flex-row sm:items-baseline"
                >
                  <span className="w-36 shrink-0 text-sm text-gray-600 tabular-nums dark:text-gray-400">
                    <PostDate date={post.date} />
                  </span>
                  <SiteLink
                    href={post.permalink}

                    className="font-medium hover:text-accent-700 hover:underline dark:hover:text-accent-400"
                  >
                    {post.title}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PlainLayout>
  );
}
