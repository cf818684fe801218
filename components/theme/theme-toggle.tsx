type Theme = 'system' | 'light' | 'dark';

const icons: Record<Theme, string> = {
  system: 'M4 5h16v11H4zM9 20h6M12 16v4',
  light:
    'M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66 1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14-1.41-1.41M16 12a4 4 0 1 1-8 0 4 4 0 0 1 8 0z',
  dark: 'M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z',
};

/**
 * The theme button: system → light → dark. The theme script in <head> makes it work and keeps
 * its label current; CSS shows the icon of the theme in use (`data-theme` on <html>).
 * Without JavaScript there is nothing to switch, so it is not shown.
 */
export function ThemeToggle({ labels }: { labels: { toggle: string } & Record<Theme, string> }) {
  const label = (theme: Theme) => `${labels.toggle}: ${labels[theme]}`;
  return (
    <button
      type="button"
      data-theme-toggle=""
      data-label-system={label('system')}
      data-label-light={label('light')}
      data-label-dark={label('dark')}
      aria-label={label('system')}
      title={label('system')}
      className="js-only inline-flex size-10 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 dark:text-gray-200 dark:hover:bg-gray-800"
    >
      {(Object.keys(icons) as Theme[]).map((theme) => (
        <svg
          key={theme}
          data-theme-icon={theme}
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
      ))}
    </button>
  );
}
