import { describe, expect, it } from 'vitest';
import { frontmatterLength, sourcePosition } from './source-lines';
import { describeMermaidError } from './syntax-errors';

describe('sourcePosition', () => {
  it('keeps lines when mermaid removes nothing', () => {
    expect(sourcePosition('flowchart LR\n  A --> B\n  B --> C\n', 3)).toEqual({ line: 3 });
  });

  it('adds back frontmatter, directives, comment lines and blank lines before the diagram', () => {
    const code = [
      '---', // 1
      'title: 제목', // 2
      '---', // 3
      '', // 4: blank lines before the diagram are trimmed
      '%%{init: {"theme": "forest"}}%%', // 5: directive, then its line break is trimmed
      'flowchart LR', // 6: mermaid's line 1
      '  %% a comment', // 7: removed
      '  A --> B', // 8: mermaid's line 2
      '  B --> ]]]', // 9: mermaid's line 3
    ].join('\n');
    expect(frontmatterLength('---\ntitle: x\n---\nflowchart')).toBe('---\ntitle: x\n---\n'.length);
    expect(sourcePosition(code, 1)).toEqual({ line: 6 });
    expect(sourcePosition(code, 2)).toEqual({ line: 8 });
    expect(sourcePosition(code, 3, 9)).toEqual({ line: 9, column: 9 });
  });

  it('maps a column past a directive removed from the middle of a line', () => {
    expect(sourcePosition('pie %%{init: {}}%% title X\n  "a": 1', 1, 6)).toEqual({
      line: 1,
      column: 20,
    });
  });

  it('puts an error at the end of input on the last line', () => {
    expect(sourcePosition('flowchart LR\n  A -->\n', 7)).toEqual({ line: 2 });
    expect(sourcePosition('a\r\nb\r\nc', 3)).toEqual({ line: 3 });
  });
});

describe('describeMermaidError', () => {
  const code = 'sequenceDiagram\n  A->>B: hi\n  B-->>: x\n';

  it('reads a Jison parse error (flowchart, sequence, class…)', () => {
    expect(
      describeMermaidError(code, {
        name: 'Error',
        message:
          "Parse error on line 3:\n...  A->>B: hi  B-->>: x\n---------------------^\nExpecting 'link', '+', '-', '()', 'ACTOR', got 'TXT'",
        hash: { line: 2, loc: { first_line: 3 } },
      }),
    ).toEqual({
      message: "parse error: Expecting 'link', '+', '-', '()', 'ACTOR', got 'TXT'",
      line: 3,
    });
  });

  it('reads a Jison lexical error and shows the text it stopped at', () => {
    expect(
      describeMermaidError('flowchart LR\n  A --> B\n  B --> ]]]\n', {
        name: 'Error',
        message:
          'Lexical error on line 3. Unrecognized text.\n...R  A --> B  B --> ]]]\n---------------------^',
        hash: { line: 2 },
      }),
    ).toEqual({ message: "lexical error: unrecognized text at ']]]'", line: 3 });
  });

  it('reads a Langium error (pie, gitGraph…) with its column', () => {
    expect(
      describeMermaidError('pie title Pets\n  "Dogs" : 386\n  "Cats" 85\n', {
        name: 'Error',
        message:
          "Parsing failed:  Parse error on line 3, column 10: Expecting token of type ':' but found `85`.",
      }),
    ).toEqual({
      message: "parse error: Expecting token of type ':' but found `85`.",
      line: 3,
      column: 10,
    });
  });

  it('names an unknown diagram type on the first line mermaid reads', () => {
    expect(
      describeMermaidError('%% note\nflowchat LR\n  A --> B', {
        name: 'UnknownDiagramError',
        message: 'No diagram type detected matching given configuration for text: flowchat LR',
      }),
    ).toMatchObject({ message: expect.stringMatching(/^unknown diagram type/), line: 2 });
  });

  it('keeps the first line of anything else', () => {
    expect(
      describeMermaidError('flowchart LR', {
        name: 'TypeError',
        message: 'x is undefined\n  at y',
      }),
    ).toEqual({ message: 'x is undefined' });
  });
});
