#!/usr/bin/env -S npx tsx
/**
 * `npm run new -- "제목" [--tags a,b] [--authors key,…] [--mdx] [--date 2026-02-20T12:00]`:
 * writes `posts/YYYY-MM-DD-<slug>.md(x)` with front matter (the date in the site's time zone)
 * and a truncate marker.
 * `npm run new -- --locale en --from posts/<post>`: starts a translation, a copy of the post at
 * the same path in `i18n/en/docusaurus-plugin-content-blog/`, where Docusaurus looks for it.
 * Refuses to overwrite a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseAuthorsFile } from '../lib/load/authors';
import { parseDate, toZonedIso } from '../lib/load/dates';
import { formatProblem, ProblemList } from '../lib/problems';
import { tagSlug } from '../lib/load/tags';
import { parseYamlStrict } from '../lib/load/yaml';
import { translationDirs } from '../lib/config/resolve';
import { loadProject } from './project';

function fail(message: string): never {
  console.error(`new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    tags: { type: 'string' },
    authors: { type: 'string' },
    mdx: { type: 'boolean', default: false },
    date: { type: 'string' },
    locale: { type: 'string' },
    from: { type: 'string' },
  },
});

if (values.locale !== undefined || values.from !== undefined) {
  await startTranslation(values.locale, values.from);
  process.exit(0);
}

/** Copies `from` (a post) to where `locale`'s translation of it goes. */
async function startTranslation(locale: string | undefined, from: string | undefined) {
  if (locale === undefined || from === undefined || positionals.length > 0)
    fail('usage: npm run new -- --locale en --from posts/2026-02-20-name.md');
  const { config, blog } = await loadProject();
  const others = config.locales.map((l) => l.code).filter((code) => code !== config.defaultLocale);
  if (!others.includes(locale))
    fail(
      `--locale must be one of the site's other locales in i18n.locales (${others.length > 0 ? others.join(', ') : 'it has none; add one in site.config.ts'}), got "${locale}"`,
    );
  const source = path.resolve(from);
  const id = path.relative(blog.postsDir, source).split(path.sep).join('/');
  const relativePosts = path.relative(process.cwd(), blog.postsDir) || '.';
  if (id.startsWith('..') || path.isAbsolute(id) || !/\.mdx?$/.test(id))
    fail(`--from must be a post (.md or .mdx) in ${relativePosts}/ (got "${from}")`);
  if (!fs.existsSync(source)) fail(`${from} does not exist`);
  const target = path.join(translationDirs(config, locale).posts, id);
  if (fs.existsSync(target)) fail(`${target} already exists; edit that translation`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
  console.log(
    `created ${target}, a copy of ${path.relative(process.cwd(), source)}: translate its front matter (title, description, tags) and text`,
  );
}

const title = positionals.join(' ').trim();
if (title === '')
  fail(
    'usage: npm run new -- "제목" [--tags a,b] [--authors key] [--mdx] [--date YYYY-MM-DD[THH:mm]]',
  );
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const tags = list(values.tags);
const authors = list(values.authors);

const { config, blog } = await loadProject();
const postsDir = blog.postsDir;
const relativePosts = path.relative(process.cwd(), postsDir) || '.';
if (authors.length > 0) {
  const file = path.join(postsDir, config.blog.authorsFile);
  const source = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const problems = new ProblemList();
  const known = parseAuthorsFile(
    source ? parseYamlStrict(source) : undefined,
    source,
    `${relativePosts}/${config.blog.authorsFile}`,
    problems,
    blog.urls.author,
  );
  if (problems.size > 0) fail(problems.items.map(formatProblem).join('\n'));
  const unknown = authors.filter((key) => !known.has(key));
  if (unknown.length > 0) {
    const valid = [...known.keys()];
    fail(
      `author "${unknown.join('", "')}" is not in ${relativePosts}/${config.blog.authorsFile} (${valid.length > 0 ? `valid keys: ${valid.join(', ')}` : 'it defines no authors'})`,
    );
  }
}

const date = values.date === undefined ? new Date() : parseDate(values.date, config.timeZone);
if (!date)
  fail(`--date must be a date such as 2026-02-20 or 2026-02-20T12:00 (got "${values.date}")`);
const iso = toZonedIso(date, config.timeZone);
const slug = tagSlug(title);
if (slug === '') fail(`the title "${title}" has no letters or digits to make a file name from`);

const extension = values.mdx ? 'mdx' : 'md';
const file = path.join(postsDir, `${iso.slice(0, 10)}-${slug}.${extension}`);
const shown = path.relative(process.cwd(), file);
if (fs.existsSync(file)) fail(`${shown} already exists; choose another title or edit that post`);

const yamlList = (items: string[]) => `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
const frontMatter = [
  '---',
  `title: ${JSON.stringify(title)}`,
  `date: ${iso}`,
  ...(authors.length > 0 ? [`authors: ${yamlList(authors)}`] : []),
  ...(tags.length > 0 ? [`tags: ${yamlList(tags)}`] : []),
  '---',
];
const body = [
  '',
  '목록과 피드에 보일 첫 문단을 여기에 씁니다.',
  '',
  values.mdx ? '{/* truncate */}' : '<!-- truncate -->',
  '',
  '본문을 씁니다.',
  '',
];
fs.mkdirSync(postsDir, { recursive: true });
fs.writeFileSync(file, [...frontMatter, ...body].join('\n'), { flag: 'wx' });
console.log(`created ${shown}`);
