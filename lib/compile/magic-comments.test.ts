import { describe, expect, it } from 'vitest';
import { readMagicComments } from './magic-comments';

describe('readMagicComments', () => {
  it('reads each language’s comments', () => {
    expect(readMagicComments('# highlight-next-line\nprint(1)\nprint(2)', 'python')).toEqual({
      code: 'print(1)\nprint(2)',
      lines: [1],
    });
    expect(
      readMagicComments('<!-- highlight-start -->\n<p>a</p>\n<!-- highlight-end -->', 'html'),
    ).toEqual({ code: '<p>a</p>', lines: [1] });
    expect(
      readMagicComments('<div>\n  {/* highlight-next-line */}\n  <b/>\n</div>', 'jsx'),
    ).toEqual({
      code: '<div>\n  <b/>\n</div>',
      lines: [2],
    });
    expect(readMagicComments('/* highlight-next-line */\nlet a;', 'ts')).toEqual({
      code: 'let a;',
      lines: [1],
    });
    expect(readMagicComments('-- highlight-next-line\nselect 1;', 'sql')).toEqual({
      code: 'select 1;',
      lines: [1],
    });
    // A language Docusaurus has no table for: the popular syntaxes.
    expect(readMagicComments('// highlight-next-line\nfn main() {}', 'rust')?.lines).toEqual([1]);
  });

  it('keeps comments in another language’s syntax, or not alone on their line', () => {
    expect(readMagicComments('# highlight-next-line\nlet a;', 'js')).toBeUndefined();
    expect(readMagicComments('run(); // highlight-next-line\nnext();', 'js')).toBeUndefined();
    expect(readMagicComments('// highlight-next-line\nx', undefined)).toBeUndefined();
  });

  it('handles blocks as Docusaurus does', () => {
    // Never ended: the comment goes, nothing is highlighted.
    expect(readMagicComments('// highlight-start\na\nb', 'js')).toEqual({
      code: 'a\nb',
      lines: [],
    });
    // Ended without a start: from the first line.
    expect(readMagicComments('a\nb\n// highlight-end\nc', 'js')).toEqual({
      code: 'a\nb\nc',
      lines: [1, 2],
    });
    // On the last line: nothing follows to highlight.
    expect(readMagicComments('a\n// highlight-next-line', 'js')).toEqual({ code: 'a', lines: [] });
  });
});
