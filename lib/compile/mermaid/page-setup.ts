/**
 * The page mermaid measures and draws in: the site's fonts (Pretendard from the `pretendard`
 * package, so labels measure as readers will see them), a stage as wide as a post's column,
 * and mermaid's browser bundle from `node_modules`. Nothing comes from the network.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MermaidConfig } from 'mermaid';
import type { Page } from 'playwright-core';

export type FontFile = { family: string; path: string; weight?: string };

/** The site's sans-serif stack (app/globals.css `--font-sans`). */
export const SITE_FONT_FAMILY =
  '"Pretendard Variable", Pretendard, -apple-system, BlinkMacSystemFont, system-ui, ' +
  '"Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif';

export const STAGE_ID = 'mermaid-stage';

/** A mermaid theme, and values for its variables (`primaryColor`, …) that replace its own. */
export type ThemeChoice = { theme: string; themeVariables?: Record<string, string> };

/**
 * Mermaid's `default` and `dark` themes, Docusaurus's pair. The dark theme's edge labels get a
 * darker chip: its own, #585858 under #ccc text, is 4.43:1, short of WCAG AA's 4.5:1 (axe,
 * which the site's end-to-end tests run in both schemes, flags it); #474747 is 5.5:1.
 */
export const DEFAULT_THEMES: { light: ThemeChoice; dark: ThemeChoice } = {
  light: { theme: 'default' },
  dark: { theme: 'dark', themeVariables: { edgeLabelBackground: '#474747' } },
};

/**
 * A package's folder: looked up from the working directory (the project, when building), which
 * holds wherever a bundler puts this file, else from this file.
 */
function packageDir(name: string): string | undefined {
  for (const from of [path.join(process.cwd(), 'package.json'), import.meta.url]) {
    try {
      return path.dirname(createRequire(from).resolve(`${name}/package.json`));
    } catch {
      // Try the next place.
    }
  }
  return undefined;
}

export function defaultMermaidScript(): string | undefined {
  const dir = packageDir('mermaid');
  return dir && path.join(dir, 'dist', 'mermaid.min.js');
}

/** The variable Pretendard the site loads (its dynamic subset has the same metrics). */
export function defaultFontFiles(): FontFile[] {
  const dir = packageDir('pretendard');
  if (!dir) return [];
  const file = path.join(dir, 'dist/web/variable/woff2/PretendardVariable.woff2');
  return [{ family: 'Pretendard Variable', path: file, weight: '45 920' }];
}

/**
 * Text styles pinned inside each SVG (mermaid scopes this CSS to the diagram's id), so a label
 * wraps and measures the same in this page and in a post, whatever the post's text styles are
 * (`prose-ko` narrows letters; Korean words stay whole, as in the site's body). Should a
 * reader's font still differ (Pretendard not loaded yet), a label overflows its box rather
 * than being cut off.
 */
const PINNED_TEXT_CSS =
  'letter-spacing:normal;word-spacing:normal;text-transform:none;font-style:normal;' +
  'word-break:keep-all;overflow-wrap:anywhere;foreignObject{overflow:visible;}';

export function mermaidConfig(fontFamily: string, extra: MermaidConfig = {}): MermaidConfig {
  // `secure` lists the keys a diagram's own config may not change (securityLevel among them);
  // it stays mermaid's.
  const settable = Object.fromEntries(
    Object.entries(extra).filter(([key]) => key !== 'secure'),
  ) as MermaidConfig;
  return {
    ...settable,
    startOnLoad: false,
    securityLevel: 'strict',
    suppressErrorRendering: true,
    fontFamily,
    themeVariables: { ...extra.themeVariables, fontFamily },
    themeCSS: `${PINNED_TEXT_CSS}${extra.themeCSS ?? ''}`,
  };
}

function fontFaceCss(fonts: readonly FontFile[]): string {
  return fonts
    .map((font) => {
      const format = font.path.endsWith('.woff2') ? 'woff2' : 'woff';
      return (
        `@font-face{font-family:${JSON.stringify(font.family)};font-display:block;` +
        `${font.weight ? `font-weight:${font.weight};` : ''}` +
        `src:url(${JSON.stringify(pathToFileURL(font.path).href)}) format("${format}")}`
      );
    })
    .join('');
}

export type PageSetup = {
  mermaidScript: string;
  fontFamily: string;
  fonts: readonly FontFile[];
  /** CSS pixels; gantt charts and other full-width diagrams fill this. */
  width: number;
};

/**
 * Loads fonts and mermaid into a page; mermaid is ready when this resolves. The page is a
 * `file:` page (mermaid's own folder), so Chromium reads the bundle and the fonts from disk
 * itself: half the start-up time of sending them over the DevTools protocol.
 */
export async function preparePage(page: Page, setup: PageSetup): Promise<void> {
  await page.goto(pathToFileURL(path.dirname(setup.mermaidScript) + path.sep).href);
  await page.setContent(
    '<!doctype html><html lang="ko"><head><meta charset="utf-8">' +
      `<style>${fontFaceCss(setup.fonts)}body{margin:0;font-family:${setup.fontFamily}}` +
      `#${STAGE_ID}{width:${setup.width}px}</style></head>` +
      `<body><div id="${STAGE_ID}"></div></body></html>`,
  );
  // Transpilers that keep function names (esbuild's keepNames, used by tsx) wrap functions in
  // `__name(…)`; the page gets a do-nothing one so functions sent to it still run.
  await page.addScriptTag({ content: 'globalThis.__name = (target) => target;' });
  await page.addScriptTag({ url: pathToFileURL(setup.mermaidScript).href });
  // A font that fails to load leaves the fallbacks of the stack: diagrams still render.
  await page.evaluate(
    async (families) => {
      await Promise.allSettled(
        families.map((family) => document.fonts.load(`16px "${family}"`, '가A')),
      );
    },
    setup.fonts.map((font) => font.family),
  );
}
