import { SiteLink } from '@/components/ui/site-link';
import type { Post } from '@/lib/load/post';
import { ui } from '@/lib/render/site';

const cardClass =
  'group flex flex-col gap-1 rounded-lg border border-gray-300 p-4 hover:border-accent-600 dark:border-gray-700 dark:hover:border-accent-400';

/** Links to the newer and older posts, as at the end of a Docusaurus post. */
export function PrevNext({ newer, older }: { newer?: Post; older?: Post }) {
  const t = ui();
  if (!newer && !older) return null;
  return (
    <nav aria-label={t.postNavigation} className="mt-12 grid gap-4 sm:grid-cols-2">
      {newer ? (
        <SiteLink href={newer.permalink} className={cardClass} rel="prev">
          <span className="text-sm text-gray-600 dark:text-gray-400">← {t.newerPost}</span>
          <span className="font-semibold group-hover:text-accent-700 dark:group-hover:text-accent-400">
            {newer.title}
          </span>
        </SiteLink>
      ) : (
        <span className="hidden sm:block" />
      )}
      {older ? (
        <SiteLink
          href={older.permalink}

          className={`${cardClass} sm:text-right`}
          rel="next"
        >
          <span className="text-sm text-gray-600 dark:text-gray-400">{t.olderPost} →</span>
          <span className="font-semibold group-hover:text-accent-700 dark:group-hover:text-accent-400">
            {older.title}
          </span>
        </SiteLink>
      ) : null}
    </nav>
  );
}
