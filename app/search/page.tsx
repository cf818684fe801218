import { PlainLayout } from '@/components/layout/blog-layout';
import { searchProps } from '@/components/search/search-labels';
import { SearchPage } from '@/components/search/search-page';
import { SiteLink } from '@/components/ui/site-link';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/render/seo';

export const metadata = pageMetadata({ title: t.search, path: '/search/', noindex: true });

export default function Search() {
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.search}</h1>
      {/* Hidden once the theme script marks <html> with `js`, i.e. whenever JavaScript runs. */}
      <p className="mb-6 rounded-lg border border-gray-300 p-4 dark:border-gray-700 [html.js_&]:hidden">
        {t.searchNeedsJs} {t.searchInstead}{' '}
        <SiteLink href="/archive/" className="text-accent-700 underline dark:text-accent-400">
          {t.archive}
        </SiteLink>
        {' · '}
        <SiteLink href="/tags/" className="text-accent-700 underline dark:text-accent-400">
          {t.tags}
        </SiteLink>
      </p>
      <SearchPage {...searchProps()} />
    </PlainLayout>
  );
}
