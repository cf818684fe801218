import type { ReactElement, ReactNode } from 'react';
import { Children, isValidElement, useId } from 'react';
import type { TabAttributes, TabListTab } from './tab-buttons';
import { TabButtons } from './tab-buttons';
import { TabList } from './tab-list-island';
import type { TabValue } from './tab-selection';
import { duplicateValues, initialTabValue, tabQueryKey } from './tab-selection';
import type { TabItemProps } from './tab-item';

export type TabsProps = {
  children?: ReactNode;
  defaultValue?: string | null;
  values?: readonly TabValue[];
  groupId?: string;
  queryString?: string | boolean;
  /** Docusaurus renders only the chosen panel; here every panel is rendered (see below). */
  lazy?: boolean;
  block?: boolean;
  className?: string;
};

type Panel = TabItemProps & { value: string };

function isTabItem(child: ReactNode): child is ReactElement<Panel> {
  if (!isValidElement(child)) return false;
  const props: unknown = child.props;
  return typeof props === 'object' && props !== null && 'value' in props;
}

/** The `<TabItem>` children, as Docusaurus reads them (anything else among them is an error). */
function panelsOf(children: ReactNode): Panel[] {
  return Children.toArray(children).flatMap((child) => {
    if (child === '' || (typeof child === 'string' && child.trim() === '')) return [];
    if (isTabItem(child)) return [{ ...child.props, value: String(child.props.value) }];
    const name = isValidElement(child)
      ? typeof child.type === 'string'
        ? child.type
        : (child.type as { name?: string }).name || 'component'
      : typeof child;
    throw new Error(
      `<Tabs> child <${name}>: every child of <Tabs> must be a <TabItem> with a "value" prop`,
    );
  });
}

/** `attributes` as the tab list (a client island) can receive them: plain values only. */
function plainAttributes(attributes: Record<string, unknown> | undefined): TabAttributes {
  const plain: TabAttributes = {};
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (['string', 'number', 'boolean'].includes(typeof value))
      plain[name] = value as string | number | boolean;
    else if (name === 'style' && typeof value === 'object' && value !== null) {
      plain.style = Object.fromEntries(
        Object.entries(value).filter(([, v]) => typeof v === 'string' || typeof v === 'number'),
      ) as Record<string, string | number>;
    }
  }
  return plain;
}

/**
 * Docusaurus's `<Tabs>`. The server renders every panel, each with its label above it, so a
 * reader without JavaScript (or a feed, or search) gets all of them in order; with JavaScript
 * the labels hide, the tab list shows, and only the chosen panel does (the others are marked
 * `data-inactive`). `lazy` changes nothing: a panel left out would be lost without JavaScript.
 */
export function Tabs({
  children,
  defaultValue,
  values,
  groupId,
  queryString,
  block,
  className,
}: TabsProps) {
  const id = useId();
  const panels = panelsOf(children);
  const tabs: TabValue[] =
    values?.map((tab) => ({ ...tab, value: String(tab.value) })) ??
    panels.map(({ value, label, attributes, default: isDefault }) => ({
      value,
      label,
      attributes,
      default: isDefault,
    }));
  const twice = duplicateValues(tabs);
  if (twice.length > 0) {
    throw new Error(
      `<Tabs> has the value ${twice.map((value) => `"${value}"`).join(', ')} more than once; each tab needs its own`,
    );
  }
  const selected = initialTabValue(tabs, defaultValue);
  const queryKey = tabQueryKey(queryString, groupId);
  const tabId = (index: number) => `${id}tab-${index}`;
  const panelId = (index: number) => `${id}panel-${index}`;
  const panelIndex = new Map(panels.map((panel, index) => [panel.value, index]));
  const tabIndex = new Map(tabs.map((tab, index) => [tab.value, index]));

  const list: TabListTab[] = tabs.map((tab, index) => {
    const panel = panelIndex.get(tab.value);
    return {
      value: tab.value,
      label: tab.label ?? tab.value,
      id: tabId(index),
      ...(panel === undefined ? {} : { panelId: panelId(panel) }),
      ...(tab.attributes ? { attributes: plainAttributes(tab.attributes) } : {}),
    };
  });

  return (
    <div className={className ? `tabs ${className}` : 'tabs'}>
      <TabList
        tabs={list}
        defaultValue={selected}
        {...(groupId === undefined ? {} : { groupId })}
        {...(queryKey === undefined ? {} : { queryKey })}
        block={block === true}
        fallback={<TabButtons tabs={list} selected={selected} block={block === true} />}
      />
      {panels.map((panel, index) => {
        const tab = tabIndex.get(panel.value);
        const label = (tab === undefined ? undefined : tabs[tab]?.label) ?? panel.label;
        return (
          <div
            key={panel.value}
            role="tabpanel"
            id={panelId(index)}
            aria-labelledby={tab === undefined ? undefined : tabId(tab)}
            tabIndex={0}
            className={panel.className ? `tabs-panel ${panel.className}` : 'tabs-panel'}
            data-inactive={panel.value === selected ? undefined : ''}
          >
            <div className="tabs-panel-label no-js-only">{label ?? panel.value}</div>
            {panel.children}
          </div>
        );
      })}
    </div>
  );
}
