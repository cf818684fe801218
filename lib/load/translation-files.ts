/**
 * Docusaurus's translation files of a locale: its theme's words, `i18n/<locale>/code.json`
 * (`{ "theme.blog.post.readMore": { "message": "Continue reading" } }`), and the blog's
 * `options.json` in its translations folder (`title`, `description`, `sidebar.title`). Read by
 * id; ids this engine has no use for are allowed (a Docusaurus site's code.json lists the whole
 * theme's).
 */
import { z } from 'zod';
import type { ProblemList } from '../problems';

/** Messages by Docusaurus id. */
export type TranslationMessages = Record<string, string>;

const entry = z.object({ message: z.string(), description: z.string().optional() });

/** The 1-based line where `"id"` is a key of the JSON source. */
function lineOfId(source: string, id: string): number | undefined {
  const index = source.split('\n').findIndex((line) => line.trimStart().startsWith(`"${id}"`));
  return index === -1 ? undefined : index + 1;
}

/** The messages of a parsed translation file, each entry not `{ "message": "…" }` a problem. */
export function translationMessagesOf(
  data: unknown,
  source: string,
  file: string,
  problems: ProblemList,
): TranslationMessages {
  if (data === undefined) return {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.add({ file, message: 'must be a JSON object of { "message": "…" } entries by id' });
    return {};
  }
  const translations: TranslationMessages = {};
  for (const [id, value] of Object.entries(data)) {
    const parsed = entry.safeParse(value);
    if (parsed.success) translations[id] = parsed.data.message;
    else
      problems.add({
        file,
        line: lineOfId(source, id),
        message: `"${id}" must be { "message": "…" } (got ${JSON.stringify(value)})`,
      });
  }
  return translations;
}
