import type { ReactNode } from 'react';
import { DevTools } from '@/components/dev/dev-tools';
import { ThemeScript } from '@/components/theme/theme-script';
import { htmlLang, pageLocale, site, ui } from '@/lib/render/site';
import { Footer } from './footer';
import { Navbar } from './navbar';
import type { CurrentPage } from './nav-item';

/** `<html>` to `</html>` around every page: theme script, skip link, navbar, footer. */
export function SiteShell({ children, current }: { children: ReactNode; current?: CurrentPage }) {
  const t = ui();
  const locale = site.locales.find((l) => l.code === pageLocale());
  return (
    <html
      lang={htmlLang(pageLocale())}
      dir={locale?.direction === 'rtl' ? 'rtl' : undefined}
      suppressHydrationWarning
    >
      {/* The root layout's own <head> (app router), not next/head. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        {/* Focused, a bar above the navbar: it pushes the page down rather than cover the logo. */}
        <a
          href="#main"
          className="sr-only bg-accent-700 px-4 py-2 text-center text-white focus:not-sr-only focus:block"
        >
          {t.skipToContent}
        </a>
        <Navbar current={current} />
        <div className="flex-1">{children}</div>
        <Footer />
        <DevTools />
      </body>
    </html>
  );
}
