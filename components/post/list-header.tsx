import { SiteLink } from '@/components/ui/site-link';
import type { ReactNode } from 'react';

/** The heading of a filtered list (a tag's or an author's posts), with a way back to the index. */
export function ListHeader({
  title,
  description,
  back,
}: {
  title: string;
  description?: ReactNode;
  back?: { href: string; label: string };
}) {
  return (
    <header className="mb-10 space-y-3 border-b border-gray-200 pb-6 dark:border-gray-800">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">{title}</h1>
      {description ? <div className="text-gray-700 dark:text-gray-300">{description}</div> : null}
      {back ? (
        <SiteLink
          href={back.href}

          className="inline-block text-sm font-medium text-accent-700 hover:underline dark:text-accent-400"
        >
          {back.label}
        </SiteLink>
      ) : null}
    </header>
  );
}
