import { PlainLayout } from '@/components/layout/blog-layout';
import { TagLink } from '@/components/post/tag-list';
import { ui } from '@/lib/render/site';
import type { RouteTable } from '@/lib/routes/table';

/** Tags with listed posts, grouped by initial. */
export function TagsView({ groups }: { groups: RouteTable['tagGroups'] }) {
  const t = ui();
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.tags}</h1>
      <div className="space-y-8">
        {groups.map((group) => (
          <section key={group.initial} aria-labelledby={`initial-${group.initial}`}>
            <h2
              id={`initial-${group.initial}`}
              className="mb-3 border-b border-gray-200 pb-1 text-xl font-bold dark:border-gray-800"
            >
              {group.initial}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {group.tags.map((tag) => (
                <li key={tag.slug}>
                  <TagLink tag={tag} count={tag.posts.length} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </PlainLayout>
  );
}
