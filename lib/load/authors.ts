/** Authors: `authors.yml` in the posts folder (Docusaurus's format) and the authors written in front matter. */
import { z } from 'zod';
import type { AuthorInput, FrontMatter } from './front-matter';
import { isScriptUrl, writtenPathProblem } from '../urls/site-urls';
import { describeIssues } from '../validation';
import type { ProblemList } from '../problems';
import { lineOfKey } from './yaml';

export type Social = { platform: string; url: string };

export type Author = {
  /** The key in authors.yml; undefined for inline authors. */
  key: string | undefined;
  name: string;
  title: string | undefined;
  url: string | undefined;
  imageUrl: string | undefined;
  email: string | undefined;
  description: string | undefined;
  socials: Social[];
  /** The author's page, `/authors/<key>/`, when `page` is set in authors.yml. */
  permalink: string | undefined;
  /** The last segment of `permalink`. */
  slug: string | undefined;
};

/** Where an author's page is, from its slug (the site's URL scheme). */
export type AuthorPath = (slug: string) => string;

export type AuthorsFile = ReadonlyMap<string, Author>;

const SOCIAL_PREFIXES: Record<string, string> = {
  x: 'https://x.com/',
  twitter: 'https://twitter.com/',
  github: 'https://github.com/',
  linkedin: 'https://www.linkedin.com/in/',
  stackoverflow: 'https://stackoverflow.com/users/',
  bluesky: 'https://bsky.app/profile/',
  instagram: 'https://www.instagram.com/',
  threads: 'https://www.threads.net/@',
  mastodon: 'https://mastodon.social/@',
  twitch: 'https://twitch.tv/',
  youtube: 'https://youtube.com/@',
};

const text = () => z.string({ error: 'must be a string' });
const url = () =>
  text().refine((value) => !isScriptUrl(value), { error: 'must not be a URL that runs code' });

const authorsFileSchema = z.record(
  z.string(),
  z.looseObject(
    {
      name: text().optional(),
      title: text().optional(),
      url: url().optional(),
      image_url: url().optional(),
      imageURL: url().optional(),
      email: text().optional(),
      description: text().optional(),
      page: z
        .union([z.boolean(), z.object({ permalink: text() })], {
          error: 'must be true, false or { permalink }',
        })
        .optional(),
      socials: z
        .record(z.string(), text(), { error: 'must map platforms to handles or URLs' })
        .optional(),
    },
    { error: 'must be an object with at least "name"' },
  ),
  { error: 'must map author keys to { name, title, url, image_url, … }' },
);

/** `github: doxxx` → `https://github.com/doxxx`; a full URL stays as written. */
export function normalizeSocials(socials: Record<string, string> | undefined): Social[] | string {
  const result: Social[] = [];
  for (const [platform, value] of Object.entries(socials ?? {})) {
    if (/^https?:\/\//.test(value)) {
      result.push({ platform, url: value });
      continue;
    }
    const prefix = SOCIAL_PREFIXES[platform];
    if (!prefix) {
      return `"socials.${platform}" must be a full URL: "${platform}" is not a known platform (known: ${Object.keys(SOCIAL_PREFIXES).join(', ')})`;
    }
    result.push({ platform, url: prefix + value.replace(/^@/, '') });
  }
  return result;
}

export function parseAuthorsFile(
  data: unknown,
  source: string,
  file: string,
  problems: ProblemList,
  authorPath: AuthorPath,
): AuthorsFile {
  const authors = new Map<string, Author>();
  if (data === null || data === undefined) return authors;
  const parsed = authorsFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of describeIssues(parsed.error, data)) {
      const key = issue.field.split(/[.[]/)[0] ?? '';
      problems.add({ file, line: lineOfKey(source, key), message: issue.message });
    }
    return authors;
  }
  for (const [key, value] of Object.entries(parsed.data)) {
    const line = lineOfKey(source, key);
    const imageUrl = value.image_url ?? value.imageURL;
    if (value.name === undefined && imageUrl === undefined) {
      problems.add({ file, line, message: `author "${key}" needs a "name" or an "image_url"` });
      continue;
    }
    const socials = normalizeSocials(value.socials);
    if (typeof socials === 'string') {
      problems.add({ file, line, message: `author "${key}": ${socials}` });
      continue;
    }
    let slug: string | undefined;
    if (value.page === true) slug = key;
    else if (typeof value.page === 'object') slug = value.page.permalink.replace(/^\/+|\/+$/g, '');
    if (slug?.trim() === '') {
      // It would be the authors list's own path.
      problems.add({ file, line, message: `"${key}.page.permalink" must not be empty` });
      continue;
    }
    const pathProblem =
      slug === undefined
        ? undefined
        : slug.includes('/')
          ? 'must be a single path segment'
          : writtenPathProblem(slug);
    if (slug !== undefined && pathProblem) {
      const field = value.page === true ? `"${key}" as a page` : `"${key}.page.permalink"`;
      problems.add({
        file,
        line,
        message: `${field} ${pathProblem} (got ${JSON.stringify(slug)})`,
      });
      continue;
    }
    slug = slug?.normalize('NFC');
    const permalink = slug === undefined ? undefined : authorPath(slug);
    authors.set(key, {
      key,
      name: value.name ?? key,
      title: value.title,
      url: value.url,
      imageUrl,
      email: value.email,
      description: value.description,
      socials,
      permalink,
      slug,
    });
  }
  return authors;
}

function unknownKey(key: string, authorsFile: AuthorsFile, fileName: string): string {
  const keys = [...authorsFile.keys()];
  const valid =
    keys.length > 0 ? `valid keys: ${keys.join(', ')}` : `${fileName} defines no authors`;
  return `author "${key}" is not in ${fileName} (${valid})`;
}

function resolveOne(
  input: AuthorInput,
  authorsFile: AuthorsFile,
  fileName: string,
): Author | string {
  if (typeof input === 'string')
    return authorsFile.get(input) ?? unknownKey(input, authorsFile, fileName);
  const base = input.key === undefined ? undefined : authorsFile.get(input.key);
  if (input.key !== undefined && base === undefined)
    return unknownKey(input.key, authorsFile, fileName);
  const name = input.name ?? base?.name;
  if (name === undefined) return 'an inline author needs a "key" or a "name"';
  const socials =
    input.socials === undefined ? (base?.socials ?? []) : normalizeSocials(input.socials);
  if (typeof socials === 'string') return socials;
  return {
    key: input.key,
    name,
    title: input.title ?? base?.title,
    url: input.url ?? base?.url,
    imageUrl: input.image_url ?? input.imageURL ?? base?.imageUrl,
    email: input.email ?? base?.email,
    description: base?.description,
    socials,
    permalink: base?.permalink,
    slug: base?.slug,
  };
}

/** A post's authors from `authors` or the legacy `author*` fields; a string is the problem. */
export function resolveAuthors(
  frontMatter: FrontMatter,
  authorsFile: AuthorsFile,
  /** The authors file as messages name it: `posts/authors.yml`. */
  fileName: string,
): Author[] | string {
  const legacyName = frontMatter.author;
  const legacyUrl = frontMatter.author_url ?? frontMatter.authorURL;
  const legacyTitle = frontMatter.author_title ?? frontMatter.authorTitle;
  const legacyImage = frontMatter.author_image_url ?? frontMatter.authorImageURL;
  const hasLegacy = [legacyName, legacyUrl, legacyTitle, legacyImage].some((v) => v !== undefined);
  if (frontMatter.authors !== undefined && hasLegacy) {
    return '"authors" cannot be combined with the legacy "author", "author_url", "author_title" or "author_image_url"';
  }
  if (hasLegacy) {
    if (legacyName === undefined && legacyImage === undefined) {
      return '"author" is required with "author_url", "author_title" or "author_image_url"';
    }
    return [
      {
        key: undefined,
        name: legacyName ?? '',
        title: legacyTitle,
        url: legacyUrl,
        imageUrl: legacyImage,
        email: undefined,
        description: undefined,
        socials: [],
        permalink: undefined,
        slug: undefined,
      },
    ];
  }
  const inputs = frontMatter.authors === undefined ? [] : [frontMatter.authors].flat();
  const authors: Author[] = [];
  for (const [index, input] of inputs.entries()) {
    const author = resolveOne(input, authorsFile, fileName);
    if (typeof author === 'string') {
      return Array.isArray(frontMatter.authors)
        ? `"authors[${index}]": ${author}`
        : `"authors": ${author}`;
    }
    authors.push(author);
  }
  return authors;
}
