'use client';

import { useEffect, useState } from 'react';

type Theme = 'system' | 'light' | 'dark';
const NEXT: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  root.classList.remove('light', 'dark');
  if (theme !== 'system') root.classList.add(theme);
  try {
    if (theme === 'system') localStorage.removeItem('theme');
    else localStorage.setItem('theme', theme);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

const icons: Record<Theme, string> = {
  system: 'M4 5h16v11H4zM9 20h6M12 16v4',
  light:
    'M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66 1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14-1.41-1.41M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0z',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
};

/** Cycles system → light → dark; the choice is saved and applied before paint on later pages. */
export function ThemeToggle({ labels }: { labels: { toggle: string } & Record<Theme, string> }) {
  const [theme, setTheme] = useState<Theme>('system');

  useEffect(() => {
    const root = document.documentElement;
    // Read once on mount: the script in <head> already applied the saved choice.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setTheme(
      root.classList.contains('dark')
        ? 'dark'
        : root.classList.contains('light')
          ? 'light'
          : 'system',
    );
  }, []);

  return (
    <button
      type="button"
      className="js-only inline-flex size-10 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800"
      aria-label={`${labels.toggle}: ${labels[theme]}`}
      title={`${labels.toggle}: ${labels[theme]}`}
      data-theme-choice={theme}
      onClick={() => {
        const next = NEXT[theme];
        applyTheme(next);
        setTheme(next);
      }}
    >
      <svg
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
      >
        <path d={icons[theme]} />
      </svg>
    </button>
  );
}
