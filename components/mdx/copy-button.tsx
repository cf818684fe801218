'use client';

import { useEffect, useRef, useState } from 'react';
import type { ContentMessages } from '@/lib/i18n/content-messages';

type Status = 'idle' | 'copied' | 'failed';

const RESET_AFTER_MS = 2000;

/**
 * Copies the code block it sits in. It reads the code from the page when pressed, so the code
 * is not sent twice; without JavaScript it is hidden.
 */
export function CopyButton({ labels }: { labels: ContentMessages['code'] }) {
  const [status, setStatus] = useState<Status>('idle');
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), RESET_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function copy() {
    const code = button.current?.closest('.code-block')?.querySelector('pre code')?.textContent;
    try {
      if (code === null || code === undefined) throw new Error('no code next to the button');
      await navigator.clipboard.writeText(code);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  const label = status === 'idle' ? labels.copy : labels[status];
  return (
    <button ref={button} type="button" className="code-copy js-only" onClick={copy}>
      <svg viewBox="0 0 24 24" aria-hidden="true">
        {status === 'copied' ? <path d="M5 12l5 5L20 7" /> : <path d="M9 9h10v10H9zM5 15V5h10" />}
      </svg>
      <span aria-live="polite">{label}</span>
    </button>
  );
}
