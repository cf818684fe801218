/**
 * The last build's pages: a build renders the pages whose key is new and gets the others back as
 * the last build published them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepPages, planPages, renderedPaths, restorePages, writePlan } from './page-cache';

const pageFile = (sitePath: string) => `${sitePath.slice(1)}index.html`;

function tmp(name: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `page-cache-${name}-`));
}

/** What Next writes for `paths`: each page and its payload, saying which build made them. */
function exportPages(exportDir: string, paths: readonly string[], build: string) {
  for (const sitePath of paths) {
    const file = path.join(exportDir, pageFile(sitePath));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `<p>${sitePath} from ${build}</p>`);
    fs.writeFileSync(file.replace(/\.html$/, '.txt'), `payload ${build}`);
  }
}

const read = (dir: string, sitePath: string) =>
  fs.readFileSync(path.join(dir, pageFile(sitePath)), 'utf8');

/** One build: plan, Next renders the plan's pages, the kept ones are copied in, it publishes. */
function build(cacheDir: string, keys: Map<string, string>, name: string, code = 'app') {
  const exportDir = tmp(name);
  const plan = planPages(cacheDir, keys, code, pageFile);
  exportPages(exportDir, plan.render, name);
  const restored = restorePages(cacheDir, plan, exportDir);
  // The publish step finishes the rendered pages (fills their sidebars).
  for (const sitePath of plan.render) {
    const file = path.join(exportDir, pageFile(sitePath));
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8')}, published`);
  }
  keepPages(cacheDir, plan, exportDir);
  return { exportDir, plan, restored };
}

const keys = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('the page cache', () => {
  it('renders every page the first time, then only the pages whose key changed', () => {
    // A first build: no cache folder yet.
    const cache = path.join(tmp('cache'), 'pages');
    const first = build(cache, keys({ '/': 'h1', '/a/': 'a1', '/b/': 'b1' }), 'first');
    expect(first.plan.render).toEqual(['/', '/a/', '/b/']);
    expect(first.restored).toBe(0);

    const second = build(cache, keys({ '/': 'h1', '/a/': 'a1', '/b/': 'b2' }), 'second');
    // The first page is rendered in any case (Next renders at least one page of the route).
    expect(second.plan.render).toEqual(['/', '/b/']);
    expect(second.restored).toBe(1);
    expect(read(second.exportDir, '/a/')).toBe('<p>/a/ from first</p>, published');
    expect(fs.readFileSync(path.join(second.exportDir, 'a/index.txt'), 'utf8')).toBe(
      'payload first',
    );
    expect(read(second.exportDir, '/b/')).toBe('<p>/b/ from second</p>, published');

    // Another app: every page again.
    const third = build(cache, keys({ '/': 'h1', '/a/': 'a1', '/b/': 'b2' }), 'third', 'app 2');
    expect(third.plan.render).toEqual(['/', '/a/', '/b/']);
  });

  it('renders a page again when its kept file was changed since', () => {
    const cache = tmp('cache');
    const same = keys({ '/': 'h', '/a/': 'a', '/b/': 'b' });
    const first = build(cache, same, 'first');
    // The export's page is the kept file (a hard link): written in place, both change.
    fs.writeFileSync(path.join(first.exportDir, 'b/index.html'), 'changed');
    const second = build(cache, same, 'second');
    expect(second.plan.render).toEqual(['/', '/b/']);
    expect(read(second.exportDir, '/b/')).toBe('<p>/b/ from second</p>, published');
    expect(read(second.exportDir, '/a/')).toBe('<p>/a/ from first</p>, published');
  });

  it('renders a page again when its kept copy is gone, and forgets removed pages', () => {
    const cache = tmp('cache');
    build(cache, keys({ '/': 'h', '/a/': 'a', '/b/': 'b' }), 'first');
    fs.rmSync(path.join(cache, 'files', 'a', 'index.html'));
    const second = build(cache, keys({ '/': 'h', '/a/': 'a' }), 'second');
    expect(second.plan.render).toEqual(['/', '/a/']);
    expect(fs.existsSync(path.join(cache, 'files', 'b', 'index.html'))).toBe(false);
  });

  it('keeps nothing from a build that stopped before its pages were kept', () => {
    const cache = tmp('cache');
    const first = keys({ '/': 'h', '/a/': 'a', '/b/': 'b' });
    build(cache, first, 'first');
    const plan = planPages(cache, keys({ '/': 'h', '/a/': 'a', '/b/': 'b2' }), 'app', pageFile);
    // Stopped while copying the kept pages in (here: a folder where page /a/ goes).
    const exportDir = tmp('stopped');
    fs.mkdirSync(path.join(exportDir, 'a', 'index.html'), { recursive: true });
    expect(() => restorePages(cache, plan, exportDir)).toThrow(/EISDIR/);
    expect(planPages(cache, first, 'app', pageFile).render).toEqual(['/', '/a/', '/b/']);

    // Stopped after copying them, before keeping the rendered ones (the publish step failed).
    build(cache, first, 'again');
    restorePages(cache, planPages(cache, first, 'app', pageFile), tmp('stopped-later'));
    expect(planPages(cache, first, 'app', pageFile).render).toEqual(['/', '/a/', '/b/']);
  });

  it('hands the route the paths to render, or none without a plan', () => {
    const file = path.join(tmp('plan'), 'plan.json');
    writePlan(file, { pages: [], render: ['/', '/b/'] });
    expect(renderedPaths({ RENDER_PLAN: file })).toEqual(new Set(['/', '/b/']));
    expect(renderedPaths({})).toBeUndefined();
  });
});
