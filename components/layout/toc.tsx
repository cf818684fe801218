import type { TocItem } from '@/lib/compile/context';
import { TocHighlighter } from './toc-highlighter';

/** The headings, nested by level; `touch` rows are tall enough to tap (~44 px). */
function TocList({ items, touch = false }: { items: TocItem[]; touch?: boolean }) {
  const top = Math.min(...items.map((item) => item.level));
  return (
    <ul className={touch ? '' : 'space-y-1.5'}>
      {items.map((item) => (
        <li key={item.id} style={{ paddingInlineStart: `${(item.level - top) * 0.875}rem` }}>
          <a
            href={`#${item.id}`}
            className={`block leading-snug ${touch ? 'py-3' : ''} text-gray-600 hover:text-gray-950 data-[active]:font-semibold data-[active]:text-accent-700 dark:text-gray-400 dark:hover:text-white dark:data-[active]:text-accent-400`}
          >
            {item.text}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The table of contents beside a post, with the section being read highlighted. */
export function Toc({ items, title }: { items: TocItem[]; title: string }) {
  return (
    <nav
      aria-label={title}
      className="sticky top-20 max-h-[calc(100vh-6rem)] overflow-y-auto text-sm"
      data-toc
    >
      <p className="mb-3 font-bold text-gray-900 dark:text-gray-100">{title}</p>
      <TocList items={items} />
      <TocHighlighter ids={items.map((item) => item.id)} />
    </nav>
  );
}

/** The same on small screens: collapsed above the post. */
export function MobileToc({ items, title }: { items: TocItem[]; title: string }) {
  return (
    <details
      data-pagefind-ignore
      className="mb-8 rounded-lg border border-gray-200 px-4 py-3 text-sm xl:hidden dark:border-gray-700"
    >
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <div className="mt-1">
        <TocList items={items} touch />
      </div>
    </details>
  );
}
