import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { ReactNode } from 'react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TabItem } from './tab-item';
import type { TabsProps } from './tabs';
import { Tabs } from './tabs';

function item(value: string, props: Record<string, unknown>, ...children: ReactNode[]) {
  return createElement(TabItem, { value, ...props }, ...children);
}

function render(props: Omit<TabsProps, 'children'>, ...children: ReactNode[]) {
  return renderToStaticMarkup(createElement(Tabs, props, ...children));
}

function elements(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: { children?: unknown[] }) => {
    for (const child of (node.children ?? []) as (Element | { type: string })[]) {
      if (child.type !== 'element') continue;
      found.push(child as Element);
      walk(child as Element);
    }
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

const byRole = (html: string, role: string) =>
  elements(html).filter((element) => element.properties.role === role);

const managers = [
  item('npm', { label: 'npm' }, createElement('p', null, 'npm install')),
  item('yarn', { label: 'Yarn' }, createElement('p', null, 'yarn add')),
  item('pnpm', { label: 'pnpm' }, createElement('p', null, 'pnpm add')),
];

describe('Tabs', () => {
  it('render every panel, each with its label for readers without JavaScript', () => {
    const html = render({}, ...managers);
    const panels = byRole(html, 'tabpanel');
    expect(panels.map((panel) => toString(panel))).toEqual([
      'npmnpm install',
      'Yarnyarn add',
      'pnpmpnpm add',
    ]);
    for (const panel of panels) {
      const [label] = panel.children as Element[];
      expect(label?.properties.className).toEqual(['tabs-panel-label', 'no-js-only']);
    }
    // The tab list needs JavaScript, so it is hidden without it.
    const [list] = byRole(html, 'tablist');
    expect(list?.properties.className).toEqual(['tabs-list', 'js-only']);
  });

  it('wire tabs and panels together for assistive technology', () => {
    const html = render({}, ...managers);
    const tabs = byRole(html, 'tab');
    const panels = byRole(html, 'tabpanel');
    expect(tabs.map((tab) => toString(tab))).toEqual(['npm', 'Yarn', 'pnpm']);
    expect(tabs.map((tab) => tab.tagName)).toEqual(['button', 'button', 'button']);
    expect(new Set(tabs.map((tab) => tab.properties.id)).size).toBe(3);
    tabs.forEach((tab, index) => {
      const panel = panels[index];
      expect(tab.properties.ariaControls).toEqual([panel?.properties.id]);
      expect(panel?.properties.ariaLabelledBy).toEqual([tab.properties.id]);
    });
    // Roving tabindex: only the selected tab is in the tab order.
    expect(tabs.map((tab) => tab.properties.tabIndex)).toEqual([0, -1, -1]);
    expect(tabs.map((tab) => tab.properties.ariaSelected)).toEqual(['true', 'false', 'false']);
  });

  it('show the first tab with JavaScript until told otherwise, the others marked inactive', () => {
    const html = render({}, ...managers);
    expect(byRole(html, 'tabpanel').map((panel) => panel.properties.dataInactive)).toEqual([
      undefined,
      '',
      '',
    ]);
    expect(html).not.toContain(' hidden');
  });

  it('start on the TabItem marked default, or on defaultValue', () => {
    const marked = render(
      {},
      item('a', {}, 'A'),
      item('b', { default: true }, 'B'),
      item('c', {}, 'C'),
    );
    expect(byRole(marked, 'tab').map((tab) => tab.properties.ariaSelected)).toEqual([
      'false',
      'true',
      'false',
    ]);
    const chosen = render({ defaultValue: 'pnpm' }, ...managers);
    expect(byRole(chosen, 'tabpanel').map((panel) => panel.properties.dataInactive)).toEqual([
      '',
      '',
      undefined,
    ]);
    expect(byRole(chosen, 'tab')[2]?.properties.tabIndex).toBe(0);
  });

  it('take labels and order from values, and label a tab by its value without one', () => {
    const html = render(
      {
        values: [
          { label: 'Yarn 4', value: 'yarn' },
          { label: 'npm 10', value: 'npm' },
          { value: 'pnpm' },
        ],
      },
      item('npm', {}, 'npm install'),
      item('yarn', {}, 'yarn add'),
      item('pnpm', {}, 'pnpm add'),
    );
    expect(byRole(html, 'tab').map((tab) => toString(tab))).toEqual(['Yarn 4', 'npm 10', 'pnpm']);
    expect(byRole(html, 'tabpanel').map((panel) => toString(panel))).toEqual([
      'npm 10npm install',
      'Yarn 4yarn add',
      'pnpmpnpm add',
    ]);
    const [npmPanel] = byRole(html, 'tabpanel');
    expect(npmPanel?.properties.ariaLabelledBy).toEqual([byRole(html, 'tab')[1]?.properties.id]);
  });

  it('put attributes on the tab, the class added to its own; block and className on the list', () => {
    const html = render(
      { block: true, className: 'mine' },
      item('a', { attributes: { className: 'red', 'data-x': '1', onClick: () => {} } }, 'A'),
      item('b', { className: 'panel-b' }, 'B'),
    );
    const [a] = byRole(html, 'tab');
    expect(a?.properties.className).toEqual(['tabs-tab', 'red']);
    expect(a?.properties.dataX).toBe('1');
    expect(html).not.toContain('onClick');
    expect(byRole(html, 'tablist')[0]?.properties.className).toContain('tabs-list-block');
    expect(elements(html)[0]?.properties.className).toEqual(['tabs', 'mine']);
    expect(byRole(html, 'tabpanel')[1]?.properties.className).toEqual(['tabs-panel', 'panel-b']);
  });

  it('give two Tabs on one page their own ids', () => {
    const html = renderToStaticMarkup(
      createElement(
        'div',
        null,
        createElement(Tabs, { groupId: 'pm' }, ...managers),
        createElement(Tabs, { groupId: 'pm' }, ...managers),
      ),
    );
    const ids = elements(html)
      .map((element) => element.properties.id)
      .filter(Boolean);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('refuse what Docusaurus refuses: duplicate values, a bad defaultValue, other children', () => {
    expect(() => render({}, item('a', {}, 'A'), item('a', {}, 'B'))).toThrow(
      '<Tabs> has the value "a" more than once',
    );
    expect(() => render({ defaultValue: 'z' }, item('a', {}, 'A'))).toThrow(
      'defaultValue "z", but none of its tabs has that value',
    );
    expect(() => render({}, item('a', {}, 'A'), createElement('p', null, 'stray'))).toThrow(
      '<Tabs> child <p>: every child of <Tabs> must be a <TabItem>',
    );
    expect(() => render({ queryString: true }, item('a', {}, 'A'))).toThrow('needs a groupId');
    // Line breaks between the TabItems are not children that count.
    expect(() => render({}, '\n', item('a', {}, 'A'), '\n')).not.toThrow();
  });
});

describe('TabItem', () => {
  it('is its content outside Tabs', () => {
    expect(renderToStaticMarkup(item('a', { className: 'x' }, 'Alone'))).toBe(
      '<div class="x">Alone</div>',
    );
  });
});
