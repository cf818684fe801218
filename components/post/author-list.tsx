import { SiteLink } from '@/components/ui/site-link';
import type { Author } from '@/lib/load/authors';
import { withBase } from '@/lib/render/site';

function AuthorName({ author }: { author: Author }) {
  const className = 'font-semibold text-gray-900 hover:underline dark:text-gray-100';
  if (author.permalink) {
    return (
      <SiteLink href={author.permalink} className={className}>
        {author.name}
      </SiteLink>
    );
  }
  if (author.url) {
    return (
      <a href={author.url} className={className} rel="noopener noreferrer" target="_blank">
        {author.name}
      </a>
    );
  }
  return <span className="font-semibold text-gray-900 dark:text-gray-100">{author.name}</span>;
}

export function AuthorAvatar({ author, size = 40 }: { author: Author; size?: number }) {
  if (!author.imageUrl) {
    return (
      <span
        aria-hidden="true"
        style={{ width: size, height: size }}
        className="inline-flex shrink-0 items-center justify-center rounded-full bg-gray-200 font-bold text-gray-700 dark:bg-gray-700 dark:text-gray-200"
      >
        {author.name.slice(0, 1).toUpperCase()}
      </span>
    );
  }
  return (
    // Avatars are tiny and may be remote: a plain img, sized so nothing shifts.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={withBase(author.imageUrl)}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      className="shrink-0 rounded-full bg-gray-100 object-cover dark:bg-gray-800"
      style={{ width: size, height: size }}
    />
  );
}

/** Authors with avatar, name (linked to their page or site) and title. */
export function AuthorList({ authors }: { authors: Author[] }) {
  if (authors.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-3">
      {authors.map((author) => (
        <li key={author.key ?? author.name} className="flex items-center gap-3">
          <AuthorAvatar author={author} />
          <div className="text-sm leading-tight">
            <AuthorName author={author} />
            {author.title ? (
              <p className="text-gray-600 dark:text-gray-400">{author.title}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
