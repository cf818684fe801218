import type { Post } from '@/lib/load/post';
import { formatDate, toZonedIso } from '@/lib/load/dates';
import { pageLocale, site, ui } from '@/lib/render/site';

export function PostDate({ date }: { date: Date }) {
  return (
    <time dateTime={toZonedIso(date, site.timeZone)}>
      {formatDate(date, pageLocale(), site.timeZone)}
    </time>
  );
}

/** `2026년 2월 20일 · 6분 분량` */
export function PostMeta({ post }: { post: Post }) {
  const t = ui();
  return (
    <p className="text-sm text-gray-600 dark:text-gray-400">
      <PostDate date={post.date} />
      {site.blog.showReadingTime ? (
        <>
          <span aria-hidden="true"> · </span>
          <span>{t.minutesToRead(post.readingMinutes)}</span>
        </>
      ) : null}
    </p>
  );
}
