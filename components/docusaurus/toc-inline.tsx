/** A heading as Docusaurus's `toc` export lists it; `text` (the engine's own name) also works. */
export type TocInlineItem = {
  id: string;
  level?: number;
  value?: string;
  text?: string;
  /** Docusaurus 2 nested its `toc`. */
  children?: readonly TocInlineItem[];
};

export type TocTreeNode = { id: string; label: string; level: number; children: TocTreeNode[] };

/** Nested items made flat, in order; an item without a level is one deeper than its parent. */
function flatten(items: readonly TocInlineItem[], level = 2): TocTreeNode[] {
  return items.flatMap((item) => {
    const own = item.level ?? level;
    return [
      { id: item.id, label: item.value ?? item.text ?? '', level: own, children: [] },
      ...flatten(item.children ?? [], own + 1),
    ];
  });
}

/**
 * The headings from `minHeadingLevel` to `maxHeadingLevel` as a tree, as Docusaurus builds it:
 * each heading under the closest one before it of a higher rank; a heading left out of the
 * range leaves its children to its parent.
 */
export function tocTree(
  toc: readonly TocInlineItem[],
  minHeadingLevel = 2,
  maxHeadingLevel = 3,
): TocTreeNode[] {
  const roots: TocTreeNode[] = [];
  const open: TocTreeNode[] = [];
  for (const node of flatten(toc)) {
    while ((open.at(-1)?.level ?? 0) >= node.level) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  const inRange = (nodes: TocTreeNode[]): TocTreeNode[] =>
    nodes.flatMap((node) => {
      const children = inRange(node.children);
      return node.level >= minHeadingLevel && node.level <= maxHeadingLevel
        ? [{ ...node, children }]
        : children;
    });
  return inRange(roots);
}

function TocList({ nodes }: { nodes: TocTreeNode[] }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.id}>
          <a href={`#${node.id}`}>{node.label}</a>
          {node.children.length > 0 ? <TocList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * Docusaurus's `<TOCInline toc={toc} minHeadingLevel maxHeadingLevel />`: the post's headings as
 * nested links, in the post. Headings are text here (Docusaurus's `value` is HTML; the engine's
 * table of contents is text, so markup in `value` shows as written).
 */
export function TOCInline({
  toc,
  minHeadingLevel,
  maxHeadingLevel,
  className,
}: {
  toc: readonly TocInlineItem[];
  minHeadingLevel?: number;
  maxHeadingLevel?: number;
  className?: string;
}) {
  const nodes = tocTree(toc, minHeadingLevel, maxHeadingLevel);
  if (nodes.length === 0) return null;
  return (
    <div className={className ? `toc-inline ${className}` : 'toc-inline'}>
      <TocList nodes={nodes} />
    </div>
  );
}
