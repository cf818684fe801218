/** Tags: `posts/tags.yml` (Docusaurus's format) and the tags written in front matter. */
import kebabCase from 'lodash.kebabcase';
import { z } from 'zod';
import type { TagInput } from './front-matter';
import { writtenPathProblem } from '../urls/site-urls';
import { describeIssues } from '../validation';
import type { ProblemList } from '../problems';
import { lineOfKey } from './yaml';

/** Labels, slugs and permalinks are NFC, whatever the normalization they were written in. */
export type Tag = {
  label: string;
  /** The last path segment, as written (Hangul is kept): `오픈소스-기여`. */
  slug: string;
  /** The tag page's path: `/tags/오픈소스-기여/` (under the blog's route base). */
  permalink: string;
  description: string | undefined;
};

export type TagsFile = ReadonlyMap<string, Tag>;

const tagsFileSchema = z.record(
  z.string(),
  z
    .object(
      {
        label: z.string({ error: 'must be a string' }).optional(),
        permalink: z.string({ error: 'must be a string' }).optional(),
        description: z.string({ error: 'must be a string' }).optional(),
      },
      { error: 'must be an object with "label", "permalink" and/or "description"' },
    )
    .nullable(),
  { error: 'must map tag keys to { label, permalink, description }' },
);

/** Docusaurus's rule for inline tags: lodash's kebabCase, which keeps Hangul (`오픈소스 기여` → `오픈소스-기여`). */
export function tagSlug(label: string): string {
  return kebabCase(label);
}

/** Where a tag's page is, from its slug (the site's URL scheme). */
export type TagPath = (slug: string) => string;

function tagFromPermalink(
  tagPath: TagPath,
  label: string,
  permalink: string,
  description?: string,
): Tag | string {
  const slug = permalink
    .trim()
    .replace(/^\/+|\/+$/g, '')
    .normalize('NFC');
  if (slug === '') return 'must not be empty';
  if (slug.includes('/'))
    return `must be a single path segment such as "/${slug.replaceAll('/', '-')}"`;
  const problem = writtenPathProblem(slug);
  if (problem) return `${problem} (got ${JSON.stringify(permalink)})`;
  return { label: label.normalize('NFC'), slug, permalink: tagPath(slug), description };
}

export function parseTagsFile(
  data: unknown,
  source: string,
  file: string,
  problems: ProblemList,
  tagPath: TagPath,
): TagsFile {
  const tags = new Map<string, Tag>();
  if (data === null || data === undefined) return tags;
  const parsed = tagsFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error, data)) {
      const key = issue.field.split(/[.[]/)[0] ?? '';
      problems.add({ file, line: lineOfKey(source, key), message: issue.message });
    }
    return tags;
  }
  const bySlug = new Map<string, string>();
  for (const [written, value] of Object.entries(parsed.data)) {
    const key = written.normalize('NFC');
    const line = lineOfKey(source, written);
    const label = value?.label ?? key;
    const tag = tagFromPermalink(
      tagPath,
      label,
      value?.permalink ?? `/${tagSlug(key)}`,
      value?.description,
    );
    if (typeof tag === 'string') {
      problems.add({ file, line, message: `"${key}.permalink" ${tag}` });
      continue;
    }
    const other = bySlug.get(tag.slug);
    if (other !== undefined) {
      problems.add({
        file,
        line,
        message: `tags "${other}" and "${key}" have the same permalink "${tag.permalink}"`,
      });
      continue;
    }
    bySlug.set(tag.slug, key);
    tags.set(key, tag);
  }
  return tags;
}

/**
 * A post's tags: keys of tags.yml, inline names, or `{ label, permalink }` objects.
 * Returns the tags (deduplicated by permalink) or the message of the first bad one.
 */
export function resolveTags(
  inputs: readonly TagInput[],
  tagsFile: TagsFile,
  tagPath: TagPath,
): Tag[] | string {
  const seen = new Map<string, Tag>();
  for (const [index, input] of inputs.entries()) {
    let tag: Tag | string;
    if (typeof input === 'string') {
      const name = input.normalize('NFC');
      tag = tagsFile.get(name) ?? tagFromPermalink(tagPath, name, `/${tagSlug(name)}`);
      if (typeof tag === 'string')
        tag = `"tags[${index}]" has no letters or digits (got "${input}")`;
    } else {
      const fromObject = tagFromPermalink(tagPath, input.label, input.permalink, input.description);
      tag =
        typeof fromObject === 'string' ? `"tags[${index}].permalink" ${fromObject}` : fromObject;
    }
    if (typeof tag === 'string') return tag;
    if (!seen.has(tag.slug)) seen.set(tag.slug, tag);
  }
  return [...seen.values()];
}
