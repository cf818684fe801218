import type { ReactNode } from 'react';
import { admonitionClassName } from '@/lib/compile/plugins/remark-admonitions';
import type { AdmonitionType } from '@/lib/i18n/content-messages';
import { ADMONITION_TYPES, contentMessages } from '@/lib/i18n/content-messages';
import { pageLocale } from '@/lib/render/site';

export type AdmonitionProps = {
  type?: string;
  title?: ReactNode;
  icon?: ReactNode;
  className?: string;
  children?: ReactNode;
};

/** Docusaurus's other names for its types. */
const ALIASES: Record<string, AdmonitionType> = {
  secondary: 'note',
  important: 'info',
  success: 'tip',
};

/** The admonition type `type` names; an unknown one is `info`, as in Docusaurus. */
export function admonitionType(type: string | undefined): AdmonitionType {
  const name = (type ?? '').toLowerCase();
  return ADMONITION_TYPES.find((known) => known === name) ?? ALIASES[name] ?? 'info';
}

/**
 * Docusaurus's `<Admonition type="tip" title="…">`: the same markup and classes as a `:::tip`
 * in Markdown, titled in the site's language unless `title` is given. `icon` replaces the icon.
 */
export function Admonition({ type, title, icon, className, children }: AdmonitionProps) {
  const kind = admonitionType(type);
  const classes = [...admonitionClassName(kind), ...(className ? [className] : [])].join(' ');
  return (
    <div className={classes} role="note">
      <div className="admonition-title">
        {icon === undefined ? null : (
          <span className="admonition-icon" aria-hidden="true">
            {icon}
          </span>
        )}
        {title ?? contentMessages(pageLocale()).admonitions[kind]}
      </div>
      {children}
    </div>
  );
}
