'use client';

import { useEffect } from 'react';
import { ContentReload } from '@/components/dev/content-reload';

/**
 * Development only: a post that cannot be built shows what is wrong (file, line, message)
 * instead of the page; saving a fix reloads it.
 */
export default function ContentErrorPage({ error }: { error: Error & { digest?: string } }) {
  useEffect(() => {
    document.documentElement.setAttribute('data-content-error', '');
    return () => document.documentElement.removeAttribute('data-content-error');
  }, []);
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="mb-4 text-2xl font-bold text-red-700 dark:text-red-400">
        이 페이지를 만들 수 없습니다
      </h1>
      <pre className="overflow-x-auto rounded-lg bg-red-50 p-4 text-sm whitespace-pre-wrap text-red-900 dark:bg-red-950 dark:text-red-100">
        {error.message}
      </pre>
      <p className="mt-4 text-sm text-gray-600 dark:text-gray-400">
        파일을 고쳐 저장하면 이 페이지가 다시 그려집니다.
      </p>
      <ContentReload endpoint={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/live-reload/events/`} />
    </main>
  );
}
