/**
 * What `import { Tweet } from 'react-tweet'` gives when react-tweet is not installed here: the
 * post as a quote linking to it (react-tweet would fetch and embed it while building).
 */
export function Tweet({ id }: { id: string }) {
  return (
    <blockquote className="tweet">
      <p>
        <a
          href={`https://x.com/i/status/${encodeURIComponent(id)}`}
          rel="noopener noreferrer"
          target="_blank"
        >
          https://x.com/i/status/{id}
        </a>
      </p>
    </blockquote>
  );
}
