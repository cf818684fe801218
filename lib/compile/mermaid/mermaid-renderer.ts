/**
 * Mermaid diagrams rendered to inline SVG at build time.
 *
 * Why at build time: Docusaurus ships mermaid (megabytes of JavaScript) to the browser and draws
 * diagrams there; a post here is static HTML that reads without JavaScript, so the SVG is
 * made while building and inlined. Mermaid lays text out with the browser's measurements
 * (`getBBox`, HTML labels in `<foreignObject>`), so it runs in a real headless Chromium driven
 * by playwright-core: one browser and one page, its bundle loaded from `node_modules`, the
 * site's fonts loaded from the `pretendard` package, nothing from the network.
 *
 * Light and dark: each diagram is rendered twice, with mermaid's `default` and `dark` themes
 * (Docusaurus's pair; dark edge labels darkened for contrast), and both copies are inlined;
 * Tailwind classes show one (`block dark:hidden` / `hidden dark:block`), and the site's `dark`
 * variant follows the `dark` class on <html> and, without JavaScript, `prefers-color-scheme`.
 * Mermaid's themes derive dozens of colours from a few, so CSS variables in one SVG could not
 * follow them; two copies are exact and cost only bytes. A diagram that sets its own theme
 * (frontmatter or `%%{init}%%`) is rendered and inlined once. Each copy has its own ids
 * (`<id>-light`, `<id>-dark`, every id inside moved under that), so copies and diagrams on one
 * page never clash.
 *
 * Safety: mermaid runs with `securityLevel: 'strict'` (labels go through DOMPurify, links are
 * checked, no click callbacks), and the markup is checked again after: no script or other
 * active element, no `on…` attribute, no `javascript:` or other unsafe URL (svg-safety.ts).
 *
 * Errors: a diagram mermaid cannot parse gives `{ ok: false, message, line }`, the line counted
 * in the diagram's code as written (frontmatter and comments included). Chromium missing or not
 * starting gives `{ ok: false, unavailable: true, message }` for every diagram, quickly and once
 * per renderer, so the caller can show the code with a warning rather than fail the build.
 *
 * Cost (bench/mermaid-cost.ts; 2 shared cores under load ~6, Chromium 156, mermaid 12.3):
 * - start, once per renderer: 2–4 s to the first diagram (launching Chromium 0.3–0.5 s, up to
 *   2.5 s cold; the page with Pretendard and mermaid's 5 MB bundle ~2 s; mermaid's warm-up);
 * - per diagram, both copies: ~70 ms (pie) to ~130 ms (small sequence) to ~280 ms (small
 *   flowchart), ~260–330 ms over a mix of ten types; finishing the markup (parse5) 1–5 ms;
 * - size, both copies: ~10 KB (pie) to ~20 KB (small flowchart or sequence), ~28 KB on average
 *   over the mix (mermaid's CSS is a third to a half of each copy).
 * A build that never meets a diagram never starts Chromium nor loads Playwright.
 *
 * Use one renderer for a whole build (`createMermaidRenderer`, then `close()`); it starts the
 * browser on the first diagram, renders calls one after another on its single page, and closes
 * the browser after `idleMs` without work so a forgotten `close()` cannot keep Node running.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { MermaidConfig } from 'mermaid';
import type { Browser, Page } from 'playwright-core';
import { UnavailableError, chromiumPath, launchChromium } from './chromium';
import type { PageJob, PageOutcome } from './page-render';
import { renderInPage } from './page-render';
import type { FontFile, ThemeChoice } from './page-setup';
import {
  DEFAULT_THEMES,
  SITE_FONT_FAMILY,
  STAGE_ID,
  defaultFontFiles,
  defaultMermaidScript,
  mermaidConfig,
  preparePage,
} from './page-setup';
import { finishSvg } from './svg-markup';
import { describeMermaidError } from './syntax-errors';

export type MermaidDiagram = {
  code: string;
  /**
   * The SVG ids' prefix; must be unique on any page the diagram appears on (say, the post's
   * slug and the diagram's index). Defaults to `mermaid-` and a hash of the code, with `-2`,
   * `-3`… for repeats within one call: enough for one post, not for two posts on one page
   * that contain the same diagram.
   */
  id?: string;
};

export type MermaidSvg = {
  ok: true;
  /** The markup to inline: the light copy then the dark one, or the one copy. */
  svg: string;
  light: string;
  /** Undefined when there is one copy: the diagram sets its own theme (or both came out equal). */
  dark: string | undefined;
  /** Mermaid's name for the diagram type: `flowchart-v2`, `sequence`, … */
  diagramType: string;
};

export type MermaidError = {
  ok: false;
  unavailable?: false;
  /** One line, without a `mermaid:` prefix, e.g. `parse error: Expecting 'SEMI', got 'EOF'`. */
  message: string;
  /** 1-based, in the diagram's code as given. */
  line?: number;
  column?: number;
};

export type MermaidUnavailable = { ok: false; unavailable: true; message: string };

export type MermaidResult = MermaidSvg | MermaidError | MermaidUnavailable;

export type MermaidOptions = {
  /** Default: `CHROMIUM_PATH`, else `/usr/bin/chromium`. */
  chromiumPath?: string;
  /** Mermaid's browser bundle; default `mermaid/dist/mermaid.min.js` from the project. */
  mermaidScript?: string;
  /** CSS font stack for labels; default the site's (Pretendard first). */
  fontFamily?: string;
  /** Font files loaded into the page; default the variable Pretendard from `pretendard`. */
  fonts?: readonly FontFile[];
  /** Width in CSS pixels of the box diagrams render in (gantt charts fill it); default 768. */
  width?: number;
  /** Mermaid themes for the two copies; default `default` and `dark` (see DEFAULT_THEMES). */
  themes?: { light: ThemeChoice; dark: ThemeChoice };
  /** Mermaid configuration for every diagram (security settings cannot be changed). */
  config?: MermaidConfig;
  /** Per diagram (both copies); default 20 s. The browser is restarted after a timeout. */
  timeoutMs?: number;
  /** Default 30 s. */
  launchTimeoutMs?: number;
  /** Close the browser after this long without work (it restarts when needed); default 10 s. */
  idleMs?: number;
};

export type MermaidRenderer = {
  /** Renders the diagrams in order; never rejects. */
  render(diagrams: readonly MermaidDiagram[]): Promise<MermaidResult[]>;
  /** Closes the browser; the renderer can still be used (it starts a new one). */
  close(): Promise<void>;
};

type Session = { browser: Browser; page: Page };

const isFile = (file: string) =>
  stat(file).then(
    (info) => info.isFile(),
    () => false,
  );

const ID_PATTERN = /^[A-Za-z][\w-]*$/;

const MERMAID_MISSING = 'mermaid diagrams need the mermaid package: npm install mermaid';

/** Ids for a call's diagrams: the given ones, or a hash of the code made unique in the call. */
function diagramIds(diagrams: readonly MermaidDiagram[]): string[] {
  const seen = new Map<string, number>();
  return diagrams.map(({ code, id }) => {
    if (id !== undefined) return id;
    const base = `mermaid-${createHash('sha256').update(code).digest('hex').slice(0, 10)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Mermaid's SVG for both themes, finished; or the error, placed in the diagram's code. */
function toResult(job: PageJob, outcome: PageOutcome): MermaidSvg | MermaidError {
  if (!outcome.ok) return { ok: false, ...describeMermaidError(job.code, outcome.thrown) };
  const same =
    outcome.dark === undefined ||
    outcome.light.replaceAll(`${job.id}-light`, job.id) ===
      outcome.dark.replaceAll(`${job.id}-dark`, job.id);
  const light = finishSvg(outcome.light, same ? 'both' : 'light');
  if (!light.ok) return { ok: false, message: light.message };
  if (same || outcome.dark === undefined) {
    return {
      ok: true,
      svg: light.svg,
      light: light.svg,
      dark: undefined,
      diagramType: outcome.diagramType,
    };
  }
  const dark = finishSvg(outcome.dark, 'dark');
  if (!dark.ok) return { ok: false, message: dark.message };
  return {
    ok: true,
    svg: light.svg + dark.svg,
    light: light.svg,
    dark: dark.svg,
    diagramType: outcome.diagramType,
  };
}

export function createMermaidRenderer(options: MermaidOptions = {}): MermaidRenderer {
  const executable = chromiumPath(options.chromiumPath);
  const timeoutMs = options.timeoutMs ?? 20_000;
  const idleMs = options.idleMs ?? 10_000;
  const themes = options.themes ?? DEFAULT_THEMES;
  const fontFamily = options.fontFamily ?? SITE_FONT_FAMILY;
  const config = mermaidConfig(fontFamily, options.config);

  let session: Promise<Session> | undefined;
  let unavailable: string | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;

  const start = async (): Promise<Session> => {
    const mermaidScript = options.mermaidScript ?? defaultMermaidScript();
    if (!mermaidScript || !(await isFile(mermaidScript))) {
      throw new UnavailableError(`${MERMAID_MISSING} (${mermaidScript ?? 'not installed'})`);
    }
    const browser = await launchChromium(executable, options.launchTimeoutMs ?? 30_000);
    try {
      const page = await browser.newPage();
      await preparePage(page, {
        mermaidScript,
        fontFamily,
        fonts: options.fonts ?? defaultFontFiles(),
        width: options.width ?? 768,
      });
      return { browser, page };
    } catch (error) {
      await browser.close().catch(() => undefined);
      throw error;
    }
  };

  const stop = async () => {
    const current = session;
    session = undefined;
    if (current) await current.then((s) => s.browser.close()).catch(() => undefined);
  };

  const renderOne = async (page: Page, job: PageJob): Promise<MermaidSvg | MermaidError> => {
    const evaluation = page.evaluate(renderInPage, job);
    evaluation.catch(() => undefined);
    try {
      const seconds = Math.round(timeoutMs / 100) / 10;
      const outcome = await withTimeout(
        evaluation,
        timeoutMs,
        `mermaid took longer than ${seconds} s`,
      );
      return toResult(job, outcome);
    } catch (error) {
      // A timeout, or the page or browser gone: start afresh for the next diagram.
      await stop();
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      return { ok: false, message: message ?? 'the browser failed' };
    }
  };

  const run = async (diagrams: readonly MermaidDiagram[]): Promise<MermaidResult[]> => {
    const ids = diagramIds(diagrams);
    const results: MermaidResult[] = [];
    for (const [index, diagram] of diagrams.entries()) {
      const id = ids[index] ?? 'mermaid';
      const idProblem = !ID_PATTERN.test(id)
        ? 'is not a letter followed by letters, digits, - or _'
        : ids.indexOf(id) !== index
          ? 'is given to an earlier diagram too'
          : undefined;
      if (idProblem) {
        results.push({ ok: false, message: `id "${id}" ${idProblem}` });
        continue;
      }
      if (unavailable === undefined) {
        try {
          session ??= start();
          const { page } = await session;
          const job: PageJob = { code: diagram.code, id, themes, config, stageId: STAGE_ID };
          results.push(await renderOne(page, job));
          continue;
        } catch (error) {
          session = undefined;
          unavailable =
            error instanceof UnavailableError
              ? error.message
              : `mermaid diagrams need Chromium, which failed: ${String(error).split('\n')[0]}`;
        }
      }
      results.push({ ok: false, unavailable: true, message: unavailable });
    }
    return results;
  };

  const touch = () => {
    clearTimeout(idleTimer);
    if (idleMs > 0 && session) {
      idleTimer = setTimeout(() => {
        queue = queue.then(stop);
      }, idleMs);
      idleTimer.unref();
    }
  };

  return {
    render(diagrams) {
      if (diagrams.length === 0) return Promise.resolve([]);
      clearTimeout(idleTimer);
      const done = queue.then(() => run(diagrams));
      queue = done.finally(touch).catch(() => undefined);
      return done;
    },
    close() {
      clearTimeout(idleTimer);
      const closed = queue.then(stop);
      queue = closed.catch(() => undefined);
      return closed;
    },
  };
}

/** Renders one batch with a browser of its own, closed after. */
export async function renderMermaidDiagrams(
  diagrams: readonly MermaidDiagram[],
  options: MermaidOptions = {},
): Promise<MermaidResult[]> {
  const renderer = createMermaidRenderer({ ...options, idleMs: 0 });
  try {
    return await renderer.render(diagrams);
  } finally {
    await renderer.close();
  }
}
