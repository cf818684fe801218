import { describe, expect, it } from 'vitest';
import { messages, messagesWith, pluralForm } from './ui-messages';

describe('code.json (Docusaurus theme translations)', () => {
  it('replaces the engine’s words by Docusaurus id, and keeps the others', () => {
    const t = messagesWith('en', {
      'theme.blog.paginator.newerEntries': 'Newer entries',
      'theme.tags.tagsPageTitle': 'Topics',
      'theme.some.other.id': 'ignored',
    });
    expect(t.newerPosts).toBe('Newer entries');
    expect(t.tags).toBe('Topics');
    expect(t.archive).toBe(messages('en').archive);
  });

  it('fills placeholders and picks plural forms as Docusaurus does', () => {
    const t = messagesWith('en', {
      'theme.blog.post.readingTime.plurals': 'One min read|{readingTime} min read',
      'theme.blog.post.plurals': 'One post|{count} posts',
      'theme.blog.tagTitle': '{nPosts} tagged with "{tagName}"',
      'theme.blog.author.pageTitle': '{authorName} - {nPosts}',
      'theme.blog.post.readMoreLabel': 'Read more about {title}',
    });
    expect(t.minutesToRead(1)).toBe('One min read');
    expect(t.minutesToRead(9)).toBe('9 min read');
    expect(t.taggedWith('rust', 1)).toBe('One post tagged with "rust"');
    expect(t.taggedWith('rust', 3)).toBe('3 posts tagged with "rust"');
    expect(t.postsBy('doxxx', 2)).toBe('doxxx - 2 posts');
    expect(t.readMoreAbout('X')).toBe('Read more about X');
  });

  it('uses the last form when a language has fewer categories than forms (Korean has one)', () => {
    expect(pluralForm('{count}개', 1, 'ko')).toBe('{count}개');
    expect(pluralForm('Un article|{count} articles', 0, 'fr')).toBe('Un article');
    expect(pluralForm('Un article|{count} articles', 5, 'fr')).toBe('{count} articles');
    expect(pluralForm('one|few|many|other', 3, 'ru')).toBe('few');
  });
});
