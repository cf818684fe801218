import type { ExcerptPart } from '@/lib/search/excerpt';
import { excerptParts, titleAndExcerpt } from '@/lib/search/excerpt';
import type { SearchResult } from './use-search';

/** Text runs with the matched words highlighted. */
function Highlighted({ parts }: { parts: ExcerptPart[] }) {
  return parts.map((part, i) =>
    part.mark ? (
      <mark
        key={i}
        className="rounded-sm bg-accent-50 px-0.5 font-semibold text-accent-700 dark:bg-accent-400/20 dark:text-accent-400"
      >
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}

/** A result: the post's title, then the excerpt with the matched words highlighted. */
export function SearchResultLink({
  result,
  showUrl = false,
  className = '',
}: {
  result: SearchResult;
  showUrl?: boolean;
  className?: string;
}) {
  const { title, excerpt } = titleAndExcerpt(excerptParts(result.excerpt), result.title);
  return (
    <a href={result.url} data-search-result className={`block ${className}`}>
      <span className="block font-semibold text-gray-900 dark:text-gray-100">
        <Highlighted parts={title} />
      </span>
      <span className="mt-1 block text-sm leading-relaxed text-gray-700 dark:text-gray-300">
        <Highlighted parts={excerpt} />
      </span>
      {showUrl ? (
        <span className="mt-1 block truncate text-xs text-gray-600 dark:text-gray-400">
          {decodeURI(result.url)}
        </span>
      ) : null}
    </a>
  );
}
