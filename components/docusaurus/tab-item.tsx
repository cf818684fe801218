import type { ReactNode } from 'react';

export type TabItemProps = {
  children?: ReactNode;
  value: string;
  label?: ReactNode;
  default?: boolean;
  /** Put on the tab (not the panel), as in Docusaurus: `{ className: 'red' }`. */
  attributes?: Record<string, unknown>;
  className?: string;
};

/**
 * Docusaurus's `<TabItem>`. `<Tabs>` reads its props and renders its children in a panel;
 * outside `<Tabs>` it is just its content.
 */
export function TabItem({ children, className }: TabItemProps) {
  return <div className={className}>{children}</div>;
}
