#!/usr/bin/env -S npx tsx
/**
 * `npm run new -- "제목" [--tags a,b] [--authors key,…] [--mdx] [--date 2026-02-20T12:00]`:
 * writes `posts/YYYY-MM-DD-<slug>.md(x)` with front matter (the date in the site's time zone)
 * and a truncate marker. Refuses to overwrite a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseAuthorsFile } from '../lib/load/authors';
import { parseDate, toZonedIso } from '../lib/load/dates';
import { formatProblem, ProblemList } from '../lib/problems';
import { tagSlug } from '../lib/load/tags';
import { parseYamlStrict } from '../lib/load/yaml';
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
  },
});

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
