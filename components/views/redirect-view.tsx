import { PlainLayout } from '@/components/layout/blog-layout';
import { withBase } from '@/lib/render/site';

/** A page that sends the reader on (the site's home when the blog lives under `/blog/`). */
export function RedirectView({ to, label }: { to: string; label: string }) {
  const href = withBase(to);
  return (
    <PlainLayout>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <p>
        <a href={href} className="text-accent-700 underline dark:text-accent-400">
          {label}
        </a>
      </p>
    </PlainLayout>
  );
}
