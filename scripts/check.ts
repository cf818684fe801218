#!/usr/bin/env -S npx tsx
/**
 * `npm run check`: validates every post without a full build — front matter, authors, tags,
 * permalinks (against each other and the blog's own pages), MDX compilation, links between
 * posts and to files in public/ — and prints every problem at once as `file:line:col: message`.
 * Exits 1 on errors. Compiles on all cores and leaves the compiled posts in .cache/mdx/ for the
 * build, which runs it first with `--skip-links` (the build checks links on the exported pages
 * themselves, after the export) and `--page-keys FILE` (each page's content key, written to FILE:
 * lib/publish/page-keys.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { Blog } from '../lib/blog/create-blog';
import { closeCompiler, prepareCompiler } from '../lib/compile/compiler';
import { PostProblemsError } from '../lib/compile/post-problems';
import type { CompileFacts } from '../lib/compile/context';
import { isExternalPath } from '../lib/config/resolve';
import { writeImportsRegistry } from '../lib/compile/imports-registry';
import { findPostFiles } from '../lib/load/load';
import type { Post } from '../lib/load/post';
import { ContentError, formatProblem } from '../lib/problems';
import type { Problem } from '../lib/problems';
import type { LinkTargets } from '../lib/publish/link-targets';
import { pageKeys } from '../lib/publish/page-keys';
import { decodeUrlPart, linkProblem } from '../lib/publish/link-targets';
import { loadProject } from './project';

type Compiled = {
  locale: string;
  path: string;
  facts: CompileFacts | undefined;
  problems: Problem[];
};

/**
 * Compiles posts until none are left: each thread takes the next post from a counter shared by
 * all of them, so a thread with other work (this one) or slower posts simply takes fewer. Every
 * locale's posts: a translation is a post of its own, and an untranslated post is compiled
 * again for another locale (its admonitions and links are in that locale's words).
 */
async function compileNextPosts(blogs: readonly Blog[], next: Int32Array): Promise<Compiled[]> {
  const results: Compiled[] = [];
  // Markdown pages too: they are compiled into pages like posts.
  const jobs = blogs.flatMap((blog) => blog.routes().documents.map((post) => ({ blog, post })));
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) {
    const job = jobs[i];
    if (!job) break;
    const { blog, post } = job;
    try {
      const { facts } = await blog.compile(post);
      results.push({ locale: blog.locale, path: post.path, facts, problems: [] });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      // A post whose references are wrong still compiled: its links are checked too.
      const facts = error instanceof PostProblemsError ? error.facts : undefined;
      results.push({ locale: blog.locale, path: post.path, facts, problems: [...error.problems] });
    }
  }
  return results;
}

/** Each problem once: a post shown untranslated in several locales has its problems in each. */
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Starts `count` worker threads that compile posts alongside this one (see compileNextPosts).
 * They start at once and wait for `ready()`: this thread loads the posts (reading each file once)
 * and leaves the content for them in .cache/content/.
 */
function startWorkers(
  count: number,
  next: Int32Array,
): { results: Promise<Compiled[]>; ready: () => void; stop: () => void } {
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(new URL('./ts-worker.mjs', import.meta.url), {
        workerData: { entry: import.meta.url, next },
        // Compiling allocates a lot that dies young: a larger young generation, fewer GCs.
        resourceLimits: { maxYoungGenerationSizeMb: 128 },
      }),
  );
  const results = Promise.all(
    workers.map(
      (worker) =>
        new Promise<Compiled[]>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  ).then((shares) => shares.flat());
  return {
    results,
    ready: () => workers.forEach((worker) => worker.postMessage('ready')),
    stop: () => workers.forEach((worker) => void worker.terminate()),
  };
}

/** Links and images in compiled posts that lead nowhere on the site. */
function linkProblems(blog: Blog, compiled: Map<string, CompileFacts>): Problem[] {
  const routes = blog.routes();
  const byPermalink = new Map(routes.documents.map((post) => [post.permalink, post]));
  const assets = new Set(
    [...compiled.values()].flatMap((facts) => facts.assets.map((a) => decodeUrlPart(a.url))),
  );
  const targets: LinkTargets = (sitePath) => {
    if (assets.has(sitePath)) return { kind: 'file', ids: undefined };
    if (routes.has(sitePath)) {
      const post = byPermalink.get(sitePath);
      const ids = post && compiled.get(post.path)?.ids;
      return { kind: 'page', ids: ids ? new Set(ids) : undefined };
    }
    const file = path.join(blog.publicDir, sitePath);
    return fs.statSync(file, { throwIfNoEntry: false })?.isFile()
      ? { kind: 'file', ids: undefined }
      : undefined;
  };
  const problems: Problem[] = [];
  for (const post of routes.documents) {
    // A post shown untranslated in another locale has its links checked in its own locale.
    if (post.lang !== blog.locale) continue;
    const facts = compiled.get(post.path);
    if (!facts) continue;
    const own: LinkTargets = () => ({ kind: 'page', ids: new Set(facts.ids) });
    for (const link of facts.links) {
      const [target = '', fragment = ''] = link.href.split('#', 2);
      if (target !== '' && isExternalPath(blog.config, decodeUrlPart(target))) continue;
      const where = { file: post.file, line: link.line, column: link.column };
      const problem = linkProblem(
        target === '' ? own : targets,
        decodeUrlPart(target),
        decodeUrlPart(fragment),
      );
      if (problem?.kind === 'missing') {
        problems.push({
          ...where,
          message: `link to "${link.href}": no page or file at "${target}"`,
        });
      } else if (problem && target === '') {
        problems.push({
          ...where,
          message: `link to "#${fragment}": no heading or element with that id in this post`,
        });
      } else if (problem) {
        const file = byPermalink.get(decodeUrlPart(target))?.file ?? target;
        problems.push({
          ...where,
          message: `link to "${link.href}": "${file}" has no heading or element with id "${fragment}"`,
        });
      }
    }
  }
  return problems;
}

function byPosition(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0)
  );
}

async function main() {
  const started = performance.now();
  const { blog, blogs } = await loadProject(process.cwd(), { keepSources: true });
  // The workers start at once; this thread loads the posts (every problem of front matter,
  // tags, authors and permalinks), then they compile alongside it.
  const files = findPostFiles(blog.postsDir).length;
  const workers = Math.max(1, Math.min(os.availableParallelism(), Math.ceil(files / 50)));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const pool = workers > 1 ? startWorkers(workers - 1, next) : undefined;
  let posts: readonly Post[] = [];
  const loadProblems: Problem[] = [];
  for (const each of blogs) {
    try {
      const documents = each.routes().documents;
      if (each === blog) posts = documents;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      loadProblems.push(...error.problems);
    }
  }
  if (loadProblems.length > 0) {
    pool?.stop();
    const problems = unique(loadProblems).sort(byPosition);
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s); nothing was compiled.`);
    process.exit(1);
  }
  pool?.ready();
  const own = await compileNextPosts(blogs, next);
  // This thread took every post (all in the compile cache, say) while the workers were still
  // starting: they have nothing to give, and are not waited for.
  const total = blogs.reduce((sum, each) => sum + each.routes().documents.length, 0);
  if (own.length === total) pool?.stop();
  const others = own.length === total ? [] : await (pool?.results ?? []);
  await closeCompiler();
  const results = [...own, ...others];
  const compiledIn = (locale: string) =>
    new Map(
      results.flatMap((result) =>
        result.facts && result.locale === locale ? [[result.path, result.facts] as const] : [],
      ),
    );
  // What posts import, for the build to bundle (lib/compile/imports-registry.ts).
  writeImportsRegistry(
    process.cwd(),
    results.flatMap((result) => result.facts?.imports ?? []),
  );
  const skipLinks = process.argv.includes('--skip-links');
  const problems = unique([
    ...results.flatMap((result) => result.problems),
    ...(skipLinks ? [] : blogs.flatMap((each) => linkProblems(each, compiledIn(each.locale)))),
  ]).sort(byPosition);
  // Warnings as Docusaurus gives them: the build goes on.
  const warnings = unique(results.flatMap((result) => result.facts?.warnings ?? [])).sort(
    byPosition,
  );
  for (const warning of warnings)
    console.warn(formatProblem({ ...warning, message: `warning: ${warning.message}` }));
  for (const problem of problems) console.error(formatProblem(problem));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const warned =
    warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
  const where = path.relative(process.cwd(), blog.postsDir) || '.';
  const pageCount = posts.filter((post) => post.kind === 'page').length;
  const translated = blogs
    .slice(1)
    .flatMap((each) => each.routes().documents.filter((post) => post.lang === each.locale));
  const translations =
    translated.length > 0
      ? ` and ${translated.length} translation${translated.length === 1 ? '' : 's'}`
      : '';
  const checked = `${posts.length - pageCount} posts${pageCount > 0 ? ` and ${pageCount} page${pageCount === 1 ? '' : 's'}` : ''}${translations} checked`;
  if (problems.length > 0) {
    console.error(
      `\n${problems.length} problem(s)${warned} in ${where}/ (${checked} in ${seconds} s)`,
    );
    process.exit(1);
  }
  console.log(
    `${where}/: ${checked}, no problems${warned} (${seconds} s, ${workers} worker${workers === 1 ? '' : 's'})`,
  );
  // For the build: what each page is made of, to render only the pages that changed.
  const keysAt = process.argv.indexOf('--page-keys');
  const keysFile = keysAt === -1 ? undefined : process.argv[keysAt + 1];
  if (keysFile) {
    fs.mkdirSync(path.dirname(keysFile), { recursive: true });
    fs.writeFileSync(keysFile, JSON.stringify([...(await pageKeys(blogs))]));
  }
}

if (isMainThread) {
  await main();
} else {
  const { next } = workerData as { next: Int32Array };
  const modules = loadProject();
  // The main thread loads the posts meanwhile (~2 s at 1,000 posts): this one loads the compiler.
  prepareCompiler();
  await new Promise((resolve) => parentPort?.once('message', resolve));
  const { blogs } = await modules;
  const results = await compileNextPosts(blogs, next);
  await closeCompiler();
  parentPort?.postMessage(results);
}
