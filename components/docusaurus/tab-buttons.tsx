import type { KeyboardEvent, ReactNode } from 'react';

/** What Docusaurus's `attributes` may put on a tab here: plain values the page can carry. */
export type TabAttributes = Record<
  string,
  string | number | boolean | Record<string, string | number>
>;

export type TabListTab = {
  value: string;
  label: ReactNode;
  /** The tab's own id. */
  id: string;
  /** The id of the panel it shows; none when no TabItem has its value. */
  panelId?: string;
  attributes?: TabAttributes;
};

/**
 * The markup of a `<Tabs>`'s tab list, with `selected` chosen: what the server writes (no
 * handlers) and what the tab list's code renders once loaded (components/docusaurus/tab-list.tsx).
 */
export function TabButtons({
  tabs,
  selected,
  block,
  onSelect,
  onKeyDown,
}: {
  tabs: TabListTab[];
  selected: string;
  block: boolean;
  onSelect?: (value: string, tab: HTMLElement) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}) {
  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      className={block ? 'tabs-list tabs-list-block js-only' : 'tabs-list js-only'}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => {
        const isSelected = tab.value === selected;
        const { className, ...attributes } = tab.attributes ?? {};
        return (
          <button
            key={tab.value}
            {...attributes}
            type="button"
            role="tab"
            id={tab.id}
            aria-selected={isSelected}
            aria-controls={tab.panelId}
            tabIndex={isSelected ? 0 : -1}
            className={typeof className === 'string' ? `tabs-tab ${className}` : 'tabs-tab'}
            onClick={onSelect && ((event) => onSelect(tab.value, event.currentTarget))}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
