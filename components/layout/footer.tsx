import { navLinks } from '@/lib/render/navigation';
import { NavItem } from './nav-item';
import { site, ui } from '@/lib/render/site';

export function Footer() {
  const t = ui();
  return (
    <footer className="mt-16 border-t border-gray-200 bg-gray-50 dark:border-gray-800 dark:bg-gray-900">
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-10 text-sm text-gray-600 sm:px-6 md:flex-row md:items-center md:justify-between dark:text-gray-400">
        <p>{site.copyright}</p>
        <nav aria-label={t.footerNavigation}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {navLinks().map((link) => (
              <li key={link.href}>
                <NavItem
                  link={link}
                  className="hover:text-gray-900 hover:underline dark:hover:text-white"
                />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
