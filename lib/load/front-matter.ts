/**
 * Docusaurus's blog front matter, validated with zod. Unknown keys are kept (Docusaurus allows them).
 * The types below are inferred from the schema; nothing is cast.
 */
import { z } from 'zod';
import { isScriptUrl } from '../urls/site-urls';
import { parseDate } from './dates';

const text = (what = 'a string') => z.string({ error: `must be ${what}` });
const flag = () => z.boolean({ error: 'must be true or false' });
const url = () =>
  text('a URL or a path')
    .trim()
    .min(1, { error: 'must not be empty' })
    .refine((value) => !isScriptUrl(value), { error: 'must not be a URL that runs code' });

const headingLevel = () =>
  z
    .number({ error: 'must be a heading level from 2 to 6' })
    .int({ error: 'must be a heading level from 2 to 6' })
    .min(2, { error: 'must be a heading level from 2 to 6' })
    .max(6, { error: 'must be a heading level from 2 to 6' });

function dateField(timeZone: string) {
  return z.union([z.string(), z.date()], { error: 'must be a date' }).transform((value, ctx) => {
    const date = value instanceof Date ? value : parseDate(value, timeZone);
    if (date === undefined || Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'must be a date', input: value });
      return z.NEVER;
    }
    return date;
  });
}

/** An author written in a post: a key of authors.yml, or an inline author (optionally with a key). */
export const authorInputSchema = z.union(
  [
    text().trim().min(1, { error: 'must not be empty' }),
    z.looseObject({
      key: text().optional(),
      name: text().optional(),
      title: text().optional(),
      url: url().optional(),
      image_url: url().optional(),
      imageURL: url().optional(),
      email: text().optional(),
      socials: z.record(z.string(), text()).optional(),
    }),
  ],
  { error: 'must be an author key or an object with "key" and/or "name"' },
);

export const tagInputSchema = z.union(
  [
    text().trim().min(1, { error: 'must not be empty' }),
    z.object({
      label: text(),
      permalink: text(),
      description: text().optional(),
    }),
  ],
  { error: 'must be a tag name or an object with "label" and "permalink"' },
);

export function createFrontMatterSchema(timeZone: string) {
  return z
    .looseObject({
      title: text().trim().min(1, { error: 'must not be empty' }).optional(),
      title_meta: text().optional(),
      description: text().optional(),
      sidebar_label: text().optional(),
      image: url().optional(),
      keywords: z.array(text(), { error: 'must be a list of strings' }).optional(),
      slug: text().trim().min(1, { error: 'must not be empty' }).optional(),
      date: dateField(timeZone).optional(),
      tags: z.array(tagInputSchema, { error: 'must be a list of tags' }).optional(),
      authors: z
        .union([authorInputSchema, z.array(authorInputSchema)], {
          error: 'must be an author key, an author object, or a list of them',
        })
        .optional(),
      author: text().optional(),
      author_url: url().optional(),
      author_title: text().optional(),
      author_image_url: url().optional(),
      authorURL: url().optional(),
      authorTitle: text().optional(),
      authorImageURL: url().optional(),
      draft: flag().optional(),
      unlisted: flag().optional(),
      hide_table_of_contents: flag().optional(),
      /** false: no comments under this post (site config `comments`). */
      comments: flag().optional(),
      toc_min_heading_level: headingLevel().optional(),
      toc_max_heading_level: headingLevel().optional(),
      last_update: z
        .object(
          { date: dateField(timeZone).optional(), author: text().optional() },
          { error: 'must be an object with "date" and/or "author"' },
        )
        .optional(),
    })
    .superRefine((fm, ctx) => {
      const min = fm.toc_min_heading_level ?? 2;
      const max = fm.toc_max_heading_level ?? 3;
      const valid = (level: number) => Number.isInteger(level) && level >= 2 && level <= 6;
      if (valid(min) && valid(max) && min > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['toc_min_heading_level'],
          message: `must not be greater than "toc_max_heading_level" (${max})`,
          input: fm.toc_min_heading_level,
        });
      }
      if (fm.draft && fm.unlisted) {
        ctx.addIssue({
          code: 'custom',
          path: ['unlisted'],
          message: 'cannot be combined with "draft: true"',
          input: fm.unlisted,
        });
      }
    });
}

export type FrontMatter = z.output<ReturnType<typeof createFrontMatterSchema>>;
export type AuthorInput = z.output<typeof authorInputSchema>;
export type TagInput = z.output<typeof tagInputSchema>;
