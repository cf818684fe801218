import 'pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css';
import './globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { DevTools } from '@/components/dev/dev-tools';
import { Footer } from '@/components/layout/footer';
import { Navbar } from '@/components/layout/navbar';
import { ThemeScript } from '@/components/theme/theme-script';
import { t } from '@/lib/i18n';
import { feedAlternates } from '@/lib/render/seo';
import { site } from '@/lib/site';

export const metadata: Metadata = {
  metadataBase: new URL(`${site.url}${site.basePath}/`),
  title: { default: site.title, template: `%s | ${site.title}` },
  description: site.tagline,
  applicationName: site.title,
  alternates: { types: feedAlternates() },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#030712' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-screen flex-col bg-white font-sans text-gray-900 antialiased dark:bg-gray-950 dark:text-gray-100">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-accent-700 px-4 py-2 text-white focus:not-sr-only focus:fixed focus:left-4 focus:top-4"
        >
          {t.skipToContent}
        </a>
        <Navbar />
        <div className="flex-1">{children}</div>
        <Footer />
        <DevTools />
      </body>
    </html>
  );
}
