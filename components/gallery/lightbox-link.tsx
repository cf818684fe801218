'use client';

import type { MouseEvent, ReactNode } from 'react';
import { Suspense, lazy, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import type { LightboxItem, LightboxLabels } from './lightbox-dialog';

// The dialog's code is loaded when a reader first opens an image, not with the page.
const LightboxDialog = lazy(() =>
  import('./lightbox-dialog').then((module) => ({ default: module.LightboxDialog })),
);

const subscribeNever = () => () => {};

/** Opening in a new tab or window stays the browser's business. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * A content image as a link to its full-size file (what it stays without JavaScript); with
 * JavaScript, following the link (click or Enter) opens the lightbox at `images[index]`.
 */
export function LightboxLink({
  images,
  index,
  labels,
  children,
}: {
  images: LightboxItem[];
  index: number;
  labels: LightboxLabels;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const link = useRef<HTMLAnchorElement>(null);
  const hydrated = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const image = images[index];
  if (!image) return children;

  return (
    <>
      <a
        ref={link}
        href={image.src}
        className="lightbox-link"
        aria-label={image.alt === '' ? labels.openImage : undefined}
        aria-haspopup={hydrated ? 'dialog' : undefined}
        onClick={(event) => {
          if (!isPlainClick(event)) return;
          event.preventDefault();
          setOpen(true);
        }}
      >
        {children}
      </a>
      {open
        ? createPortal(
            <Suspense>
              <LightboxDialog
                images={images}
                start={index}
                labels={labels}
                onClose={() => {
                  setOpen(false);
                  link.current?.focus();
                }}
              />
            </Suspense>,
            document.body,
          )
        : null}
    </>
  );
}
