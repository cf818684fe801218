'use client';

import type { KeyboardEvent, TouchEvent } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { ContentMessages } from '@/lib/i18n/content-messages';

export type LightboxItem = {
  src: string;
  alt: string;
  width?: number | string;
  height?: number | string;
  caption?: string;
};

export type LightboxLabels = ContentMessages['lightbox'];

const SWIPE_DISTANCE = 40;
const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/** Keeps the page still behind the dialog, without the layout jumping as the scrollbar goes. */
function lockScroll(): () => void {
  const root = document.documentElement;
  const { overflow, paddingRight } = root.style;
  const scrollbar = window.innerWidth - root.clientWidth;
  root.style.overflow = 'hidden';
  if (scrollbar > 0) root.style.paddingRight = `${scrollbar}px`;
  return () => {
    root.style.overflow = overflow;
    root.style.paddingRight = paddingRight;
  };
}

/** Tab and Shift+Tab go round the dialog's controls instead of leaving it. */
function trapFocus(event: KeyboardEvent<HTMLDialogElement>): void {
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The lightbox: a modal `<dialog>` showing one image at its full size, with its caption (the alt
 * text unless a caption was given). Escape, the close button or a click beside the image close
 * it; ←/→, the arrow buttons or a swipe move through a gallery.
 */
export function LightboxDialog({
  images,
  start,
  labels,
  onClose,
}: {
  images: LightboxItem[];
  start: number;
  labels: LightboxLabels;
  onClose: () => void;
}) {
  const [index, setIndex] = useState(start);
  const dialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const touch = useRef<{ x: number; y: number } | null>(null);
  const captionId = useId();
  const count = images.length;
  const image = images[index];

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return lockScroll();
  }, []);

  if (!image) return null;
  const caption = image.caption ?? image.alt;
  const close = () => dialog.current?.close();
  const go = (step: number) => setIndex((current) => (current + step + count) % count);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (count > 1 && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      go(event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Tab') {
      trapFocus(event);
    }
  }

  function onTouchStart(event: TouchEvent) {
    const point = event.touches[0];
    touch.current =
      event.touches.length === 1 && point ? { x: point.clientX, y: point.clientY } : null;
  }

  function onTouchEnd(event: TouchEvent) {
    const from = touch.current;
    const point = event.changedTouches[0];
    touch.current = null;
    if (!from || !point || count < 2) return;
    const dx = point.clientX - from.x;
    if (Math.abs(dx) >= SWIPE_DISTANCE && Math.abs(dx) > Math.abs(point.clientY - from.y)) {
      go(dx < 0 ? 1 : -1);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="lightbox"
      aria-labelledby={caption ? captionId : undefined}
      aria-label={caption ? undefined : labels.dialog}
      onClose={onClose}
      onKeyDown={onKeyDown}
      onClick={(event) => {
        if (event.target === event.currentTarget || event.target === stage.current) close();
      }}
    >
      <div className="lightbox-bar">
        {count > 1 ? (
          <p className="lightbox-counter" aria-live="polite">
            {index + 1} / {count}
          </p>
        ) : null}
        <button type="button" className="lightbox-button" aria-label={labels.close} onClick={close}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6 6 18" />
          </svg>
        </button>
      </div>
      <div
        ref={stage}
        className="lightbox-stage"
        onTouchStart={onTouchStart}
        onTouchEnd={onTouchEnd}
      >
        <figure className="lightbox-figure">
          {/* The full-size file as it is: a static export has no image optimizer. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            key={image.src}
            src={image.src}
            alt={image.alt}
            width={image.width}
            height={image.height}
            className="lightbox-image"
          />
          {caption ? <figcaption id={captionId}>{caption}</figcaption> : null}
        </figure>
      </div>
      {count > 1 ? (
        <>
          <button
            type="button"
            className="lightbox-button lightbox-previous"
            aria-label={labels.previous}
            onClick={() => go(-1)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M15 5l-7 7 7 7" />
            </svg>
          </button>
          <button
            type="button"
            className="lightbox-button lightbox-next"
            aria-label={labels.next}
            onClick={() => go(1)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M9 5l7 7-7 7" />
            </svg>
          </button>
        </>
      ) : null}
    </dialog>
  );
}
