import { SiteLink } from '@/components/ui/site-link';
import { ui, siteUrls } from '@/lib/render/site';

const linkClass =
  'rounded-lg border border-gray-300 px-4 py-2 font-medium hover:border-accent-600 hover:text-accent-700 dark:border-gray-600 dark:hover:border-accent-400 dark:hover:text-accent-400';

/** Newer/older pages of a list whose first page is `listPath` (`/`, `/tags/rust/`, …). */
export function Pagination({
  listPath,
  page,
  totalPages,
}: {
  listPath: string;
  page: number;
  totalPages: number;
}) {
  const t = ui();
  const urls = siteUrls();
  if (totalPages <= 1) return null;
  return (
    <nav
      aria-label={t.listPagination}
      className="mt-12 flex items-center justify-between gap-4 text-sm"
    >
      {page > 1 ? (
        <SiteLink href={urls.paged(listPath, page - 1)} className={linkClass} rel="prev">
          ← {t.newerPosts}
        </SiteLink>
      ) : (
        <span />
      )}
      <span className="text-gray-600 dark:text-gray-400">{t.pageOf(page, totalPages)}</span>
      {page < totalPages ? (
        <SiteLink href={urls.paged(listPath, page + 1)} className={linkClass} rel="next">
          {t.olderPosts} →
        </SiteLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
