/**
 * What runs inside the browser page, once per diagram: mermaid parses the code, renders it with
 * the light theme, then the dark one (once only if the diagram sets its own theme), and the
 * SVG text (or what mermaid threw) goes back to Node.
 *
 * Playwright sends this function to the page as source text, so it may use only its argument
 * and the page's globals (`mermaid`, `document`); imports here are types only.
 */
import type { Mermaid, MermaidConfig } from 'mermaid';
import type { ThemeChoice } from './page-setup';
import type { ThrownByMermaid } from './syntax-errors';

export type PageJob = {
  code: string;
  /** The diagram's id; the copies get `<id>-light` and `<id>-dark`. */
  id: string;
  themes: { light: ThemeChoice; dark: ThemeChoice };
  config: MermaidConfig;
  /** The element mermaid renders into (its width is what gantt charts fill). */
  stageId: string;
};

export type PageOutcome =
  /** No `dark` when the diagram sets its own theme. */
  | { ok: true; light: string; dark?: string; diagramType: string }
  | { ok: false; thrown: ThrownByMermaid };

export async function renderInPage(job: PageJob): Promise<PageOutcome> {
  const { mermaid } = globalThis as unknown as { mermaid: Mermaid };
  const stage = document.getElementById(job.stageId);
  if (!stage) throw new Error(`no #${job.stageId} in the page`);

  // Layouts that use Math.random (mindmap, hand-drawn looks) get the same numbers for the same
  // diagram id on every build: a small PRNG (mulberry32) seeded from the id.
  const seeded = (seedText: string) => {
    let state = 0;
    for (let i = 0; i < seedText.length; i++)
      state = (Math.imul(state, 31) + seedText.charCodeAt(i)) | 0;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  };
  const random = Math.random;

  const renderWith = async (choice: ThemeChoice, svgId: string) => {
    mermaid.initialize({
      ...job.config,
      theme: choice.theme as MermaidConfig['theme'],
      themeVariables: { ...job.config.themeVariables, ...choice.themeVariables },
    });
    Math.random = seeded(job.id);
    try {
      return await mermaid.render(svgId, job.code, stage);
    } finally {
      Math.random = random;
      stage.replaceChildren();
      // Mermaid leaves its scratch element in <body> when it fails.
      document.getElementById(`d${svgId}`)?.remove();
    }
  };

  try {
    mermaid.initialize({ ...job.config, theme: job.themes.light.theme as MermaidConfig['theme'] });
    // The config a diagram gives itself (frontmatter, `%%{init}%%`); parsing also finds syntax
    // errors before any drawing.
    const parsed = await mermaid.parse(job.code);
    if (parsed && parsed.config?.theme !== undefined) {
      // Its own theme, in both schemes: one copy.
      const only = await renderWith({ theme: job.themes.light.theme }, job.id);
      return { ok: true, light: only.svg, diagramType: only.diagramType };
    }
    const light = await renderWith(job.themes.light, `${job.id}-light`);
    const dark = await renderWith(job.themes.dark, `${job.id}-dark`);
    return { ok: true, light: light.svg, dark: dark.svg, diagramType: light.diagramType };
  } catch (error) {
    const shaped = (typeof error === 'object' && error !== null ? error : {}) as {
      name?: unknown;
      message?: unknown;
      hash?: { line?: unknown; loc?: { first_line?: unknown } };
    };
    const line = shaped.hash?.line;
    const firstLine = shaped.hash?.loc?.first_line;
    return {
      ok: false,
      thrown: {
        name: typeof shaped.name === 'string' ? shaped.name : 'Error',
        message: typeof shaped.message === 'string' ? shaped.message : String(error),
        hash: {
          line: typeof line === 'number' ? line : undefined,
          loc: { first_line: typeof firstLine === 'number' ? firstLine : undefined },
        },
      },
    };
  }
}
