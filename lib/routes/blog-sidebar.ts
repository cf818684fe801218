/**
 * Docusaurus's blog sidebar is the same list on every blog page, and with `blogSidebarCount:
 * 'ALL'` it is most of each page. So an exported site with a long sidebar renders it once per
 * locale: the blog's first list page carries it whole (`data-blog-sidebar="source"`), every
 * other blog page an empty slot (`data-blog-sidebar="slot"`, with the page's own post in
 * `data-current`) that the publish step fills with the source's links, marking the page's own.
 * The links of a slot are then in its HTML only, not again in the React payload Next inlines for
 * hydration; React leaves the content of an element it rendered with `dangerouslySetInnerHTML`
 * as the HTML has it. A short sidebar (Docusaurus's default of 5 posts) costs a page less than
 * reading and writing the page again would (~1.5 ms a page): every page renders it
 * (`data-blog-sidebar="inline"`), as does every page in `next dev`, which has no publish step.
 */
import type { PageRoute } from './table';

export const SIDEBAR_ATTRIBUTE = 'data-blog-sidebar';

/** The longest sidebar (in posts) that every page renders itself. */
export const INLINE_SIDEBAR_POSTS = 20;

/** True when the publish step fills the pages' sidebars (`blogSidebarCount` of the locale). */
export function sidebarFilledLater(sidebarCount: number): boolean {
  return sidebarCount > INLINE_SIDEBAR_POSTS;
}

/** The page that renders the locale's whole sidebar, for the others to be filled from. */
export function isSidebarSource(route: PageRoute): boolean {
  return route.kind === 'blog' && route.list.page === 1;
}

const SOURCE = new RegExp(`<nav [^>]*${SIDEBAR_ATTRIBUTE}="source"[^>]*>([\\s\\S]*?)</nav>`);
const SLOT = new RegExp(`(<nav [^>]*${SIDEBAR_ATTRIBUTE}="slot"([^>]*)>)</nav>`);

/** The sidebar's content in the source page's HTML, if it has one. */
export function sidebarContent(html: string): string | undefined {
  return SOURCE.exec(html)?.[1];
}

/**
 * The page's HTML with its sidebar slot filled (its own post's link marked current), or
 * undefined when it has no slot.
 */
export function fillSidebarSlot(html: string, content: string): string | undefined {
  const slot = SLOT.exec(html);
  if (!slot) return undefined;
  const [whole, open = '', attributes = ''] = slot;
  const current = /data-current="([^"]*)"/.exec(attributes)?.[1];
  const filled = current
    ? content.replace(`<a href="${current}">`, () => `<a href="${current}" aria-current="page">`)
    : content;
  return (
    html.slice(0, slot.index) + open + filled + '</nav>' + html.slice(slot.index + whole.length)
  );
}
