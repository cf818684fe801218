'use client';

/**
 * Shown only if the root layout itself fails in the browser (every page is static, so in
 * practice never). Replaces Next's built-in one, whose styles every page would load.
 */
export default function GlobalError() {
  return (
    <html lang="ko">
      <body>페이지를 표시하지 못했습니다. 새로 고쳐 주세요.</body>
    </html>
  );
}
