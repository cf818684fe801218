import { withBase } from '@/lib/routes/urls';
import { PlainLayout } from './blog-layout';

/** The page a route gets when it has nothing to show yet (see lib/static-params.ts). */
export function PlaceholderRedirect({ to, label }: { to: string; label: string }) {
  const href = withBase(to);
  return (
    <PlainLayout>
      <meta httpEquiv="refresh" content={`0; url=${href}`} />
      <meta name="robots" content="noindex" />
      <p>
        <a href={href} className="text-accent-700 underline dark:text-accent-400">
          {label}
        </a>
      </p>
    </PlainLayout>
  );
}
