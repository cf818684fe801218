/** Test helpers for one post written on the fly: its site, or why it does not compile. */
import fs from 'node:fs';
import path from 'node:path';
import type { StoreOptions, TestStore } from './sites';
import { formatProblem } from '../problems';
import { FIXTURES, postAt, storeFor, writeSite } from './sites';

const FRONT_MATTER = '---\ntitle: A post\ndate: 2026-01-01\n---\n';

/**
 * A site whose `posts/<name>` is `body` under a four-line front matter (so the body's first line
 * is line 5), plus `files`, with the fixture site's images in `public/img/`.
 */
export function singlePostSite(
  name: string,
  body: string,
  files: Record<string, string> = {},
  options: Partial<StoreOptions> = {},
): TestStore {
  const dir = writeSite({ [`posts/${name}`]: FRONT_MATTER + body, ...files });
  fs.cpSync(path.join(FIXTURES, 'site', 'public'), path.join(dir, 'public'), { recursive: true });
  return storeFor(dir, options);
}

/** The error the post fails with (the test fails if it compiles). */
export async function compileError(
  name: string,
  body: string,
  files: Record<string, string> = {},
  options: Partial<StoreOptions> = {},
): Promise<string> {
  const store = singlePostSite(name, body, files, options);
  try {
    await store.getCompiledPost(postAt(store, name));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`posts/${name} compiled without an error`);
}

/** The warnings a post compiles with, as `file:line:col: message` (the test fails if it fails). */
export async function compileWarnings(
  name: string,
  body: string,
  files: Record<string, string> = {},
  options: Partial<StoreOptions> = {},
): Promise<string[]> {
  const store = singlePostSite(name, body, files, options);
  const { facts } = await store.getCompiledPost(postAt(store, name));
  return facts.warnings.map(formatProblem);
}
