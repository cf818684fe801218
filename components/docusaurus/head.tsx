/**
 * Docusaurus's `<Head>`: what a post puts in the page's `<head>`. The engine writes a post's
 * head from its front matter, so this renders nothing (rather than a second title or canonical
 * link in the body).
 */
export function Head(): null {
  return null;
}
