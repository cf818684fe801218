import { PlainLayout } from '@/components/layout/blog-layout';
import { SiteLink } from '@/components/ui/site-link';
import { hasPage } from '@/lib/render/navigation';
import { ui, siteUrls } from '@/lib/render/site';

export function NotFoundView() {
  const t = ui();
  const urls = siteUrls();
  const links = [
    { href: urls.home, label: t.backHome },
    ...[
      { href: urls.archive, label: t.archive },
      { href: urls.tags, label: t.tags },
    ].filter((link) => hasPage(link.href)),
  ];
  return (
    <PlainLayout>
      <div className="py-16 text-center">
        <p className="text-6xl font-extrabold text-accent-700 dark:text-accent-400">404</p>
        <h1 className="mt-4 text-3xl font-extrabold tracking-tight">{t.notFoundTitle}</h1>
        <p className="mt-3 text-gray-700 dark:text-gray-300">{t.notFoundBody}</p>
        <ul className="mt-8 flex flex-wrap justify-center gap-3">
          {links.map((link) => (
            <li key={link.href}>
              <SiteLink
                href={link.href}
                className="inline-block rounded-lg border border-gray-300 px-4 py-2 font-medium hover:border-accent-600 hover:text-accent-700 dark:border-gray-600 dark:hover:border-accent-400 dark:hover:text-accent-400"
              >
                {link.label}
              </SiteLink>
            </li>
          ))}
        </ul>
      </div>
    </PlainLayout>
  );
}
