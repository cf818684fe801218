import { SiteLink } from '@/components/ui/site-link';
import { localeLinks, navLinks } from '@/lib/render/navigation';
import { NavbarSearch } from '../search/navbar-search';
import { ThemeToggle } from '../theme/theme-toggle';
import { MobileMenu } from './mobile-menu';
import type { CurrentPage } from './nav-item';
import { NavItem } from './nav-item';
import { site, siteUrls, ui } from '@/lib/render/site';
import { LocaleSwitcher } from './locale-switcher';

export function Navbar({ current }: { current?: CurrentPage }) {
  const t = ui();
  const themeLabels = {
    toggle: t.toggleTheme,
    system: t.themeSystem,
    light: t.themeLight,
    dark: t.themeDark,
  };
  return (
    <header className="sticky top-0 z-40 border-b border-gray-200 bg-white/90 backdrop-blur dark:border-gray-800 dark:bg-gray-950/90">
      <nav
        aria-label={t.mainNavigation}
        className="mx-auto flex h-16 max-w-7xl items-center gap-2 px-4 sm:px-6"
      >
        <SiteLink
          href={siteUrls().home}

          className="mr-4 flex items-center gap-2 text-lg font-bold tracking-tight"
        >
          <svg viewBox="0 0 32 32" className="size-7" aria-hidden="true">
            <rect width="32" height="32" rx="8" className="fill-accent-700 dark:fill-accent-400" />
            <path
              d="M12 10l-5 6 5 6M20 10l5 6-5 6M17.5 8.5l-3 15"
              fill="none"
              strokeWidth="2.4"
              strokeLinecap="round"
              strokeLinejoin="round"
              className="stroke-white dark:stroke-gray-950"
            />
          </svg>
          {site.title}
        </SiteLink>
        <ul className="hidden items-center gap-1 md:flex">
          {navLinks().map((link) => (
            <li key={link.href}>
              <NavItem
                link={link}
                current={current}
                className="rounded-md px-3 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-950 aria-[current]:bg-accent-50 aria-[current]:text-accent-800 dark:text-gray-300 dark:hover:bg-gray-800 dark:hover:text-white dark:aria-[current]:bg-gray-800 dark:aria-[current]:text-accent-300"
              />
            </li>
          ))}
        </ul>
        <div className="ml-auto flex items-center gap-1">
          <LocaleSwitcher links={localeLinks(current?.path)} label={t.language} />
          <NavbarSearch />
          <ThemeToggle labels={themeLabels} />
          <MobileMenu label={t.menu}>
            <ul>
              {navLinks().map((link) => (
                <li key={link.href}>
                  <NavItem
                    link={link}
                    current={current}
                    className="block rounded-md px-3 py-2 text-base text-gray-800 hover:bg-gray-100 aria-[current]:font-semibold aria-[current]:text-accent-800 dark:text-gray-200 dark:hover:bg-gray-800 dark:aria-[current]:text-accent-300"
                  />
                </li>
              ))}
            </ul>
          </MobileMenu>
        </div>
      </nav>
    </header>
  );
}
