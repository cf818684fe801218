import { SiteLink } from '@/components/ui/site-link';
import type { Tag } from '@/lib/load/tags';
import { ui } from '@/lib/render/site';

export function TagLink({ tag, count }: { tag: Tag; count?: number }) {
  return (
    <SiteLink
      href={tag.permalink}

      className="inline-flex items-center gap-1.5 rounded-full border border-gray-300 px-3 py-1 text-sm text-gray-700 hover:border-accent-600 hover:text-accent-700 dark:border-gray-600 dark:text-gray-300 dark:hover:border-accent-400 dark:hover:text-accent-400"
    >
      {tag.label}
      {count !== undefined ? (
        <span className="text-xs text-gray-500 dark:text-gray-400">{count}</span>
      ) : null}
    </SiteLink>
  );
}

export function TagList({ tags }: { tags: Tag[] }) {
  const t = ui();
  if (tags.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="sr-only">{t.tags}:</span>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <TagLink tag={tag} />
          </li>
        ))}
      </ul>
    </div>
  );
}
