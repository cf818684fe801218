'use client';

import { useEffect } from 'react';

/** Marks the TOC link of the section being read (`data-active`), as the reader scrolls. */
export function TocHighlighter({ ids }: { ids: string[] }) {
  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((heading): heading is HTMLElement => heading !== null);
    const links = document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]');
    let frame = 0;

    const update = () => {
      frame = 0;
      const offset = 120;
      let active = headings[0];
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= offset) active = heading;
        else break;
      }
      for (const link of links) {
        const target = decodeURIComponent(link.hash.slice(1));
        link.toggleAttribute('data-active', target === active?.id);
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };

    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ids]);

  return null;
}
