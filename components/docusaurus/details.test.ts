import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { contentMessages } from '@/lib/i18n/content-messages';
import { site } from '@/lib/render/site';
import type { DetailsProps } from './details';
import { Details } from './details';

const render = (props: DetailsProps, ...children: Parameters<typeof createElement>[2][]) =>
  renderToStaticMarkup(createElement(Details, props, ...children));

const body = createElement('p', null, 'Hidden text.');

describe('Details', () => {
  it('takes its summary from the summary prop, as text or as a <summary>', () => {
    expect(render({ summary: 'Click me' }, body)).toBe(
      '<details><summary>Click me</summary><p>Hidden text.</p></details>',
    );
    expect(render({ summary: createElement('summary', null, 'Toggle') }, body)).toBe(
      '<details><summary>Toggle</summary><p>Hidden text.</p></details>',
    );
  });

  it('moves a <summary> child to the front', () => {
    expect(render({}, body, createElement('summary', null, 'Later'))).toBe(
      '<details><summary>Later</summary><p>Hidden text.</p></details>',
    );
  });

  it('has a summary in the site’s language when given none, and passes attributes on', () => {
    expect(render({ open: true, className: 'mine' }, body)).toBe(
      `<details open="" class="mine"><summary>${contentMessages(site.defaultLocale).details}</summary><p>Hidden text.</p></details>`,
    );
  });
});
