import { Fragment } from 'react';
import { PlainLayout } from '@/components/layout/blog-layout';
import { searchProps } from '@/components/search/search-labels';
import { SearchForm } from '@/components/search/search-form';
import { SearchPage } from '@/components/search/search-page-island';
import { SiteLink } from '@/components/ui/site-link';
import { hasPage } from '@/lib/render/navigation';
import { site, ui, siteUrls } from '@/lib/render/site';

/** Without JavaScript the page's form asks a web search engine about this site. */
const WEB_SEARCH = 'https://www.google.com/search';

/** `example.com/blog`: the site's host and base path, as `as_sitesearch` takes it. */
function webSearchSite(url: string, basePath: string): string {
  return `${url.replace(/^https?:\/\//, '')}${basePath}`;
}

/** The search page: the search island, and where to look without JavaScript. */
export function SearchView() {
  const t = ui();
  const urls = siteUrls();
  const props = searchProps();
  const instead = [
    { href: urls.archive, label: t.archive },
    { href: urls.tags, label: t.tags },
  ].filter((link) => hasPage(link.href));
  return (
    <PlainLayout>
      <h1 className="mb-8 text-3xl font-extrabold tracking-tight sm:text-4xl">{t.search}</h1>
      {/* Hidden once the theme script marks <html> with `js`, i.e. whenever JavaScript runs. */}
      <p className="mb-6 rounded-lg border border-gray-300 p-4 dark:border-gray-700 [html.js_&]:hidden">
        {t.searchNeedsJs}
        {instead.length > 0 ? ` ${t.searchInstead} ` : null}
        {instead.map((link, i) => (
          <Fragment key={link.href}>
            {i > 0 ? ' · ' : null}
            <SiteLink href={link.href} className="text-accent-700 underline dark:text-accent-400">
              {link.label}
            </SiteLink>
          </Fragment>
        ))}
      </p>
      <SearchPage {...props} id="search-page">
        <div className="space-y-6">
          <SearchForm
            id="search-page"
            labels={props.labels}
            searchUrl={props.searchUrl}
            webSearch={{ action: WEB_SEARCH, site: webSearchSite(site.url, site.basePath) }}
          />
        </div>
      </SearchPage>
    </PlainLayout>
  );
}
