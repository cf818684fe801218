/** The sub-path test export's content as a store: the real posts plus the hostile test posts. */
import fs from 'node:fs';
import path from 'node:path';
import type { Post } from '../load/post';
import type { StoreOptions, TestStore } from './sites';
import { storeFor, writeSite } from './sites';

const ROOT = path.join(import.meta.dirname, '..', '..');

/** Test posts that are never published on the real site (`e2e/fixtures/posts/`). */
export const TEST_POSTS_DIR = path.join(ROOT, 'e2e', 'fixtures', 'posts');

/**
 * `posts/` and the test posts in a temporary site with the real `public/img`, plus an unlisted
 * post and a draft (`extra` adds more files).
 */
export function publishingSite(extra: Record<string, string> = {}): string {
  const dir = writeSite({
    'posts/2026-03-05-unlisted.md':
      '---\ntitle: Secret unlisted post\nunlisted: true\n---\n\nHidden.',
    'posts/2026-03-06-draft.md': '---\ntitle: Secret draft post\ndraft: true\n---\n\nNot yet.',
    ...extra,
  });
  fs.cpSync(path.join(ROOT, 'posts'), path.join(dir, 'posts'), { recursive: true });
  fs.cpSync(TEST_POSTS_DIR, path.join(dir, 'posts'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'public', 'img'), path.join(dir, 'public', 'img'), { recursive: true });
  return dir;
}

export function publishingStore(options: Partial<StoreOptions> = {}): TestStore {
  return storeFor(publishingSite(), options);
}

/** The listed post whose file name ends with `suffix`. */
export function listedPost(store: TestStore, suffix: string): Post {
  const post = store.getPosts().find((p) => p.id.endsWith(suffix));
  if (!post) throw new Error(`no listed post ending with ${suffix}`);
  return post;
}
