/**
 * What an import says it did, a line each, naming the file: what it carried, what it carried
 * changed (and why), what it could not carry and what to do instead.
 *
 *     carried   blog/ → posts/ (44 posts: 43 .md, 1 .mdx; 9 other files)
 *     not carried   docusaurus.config.js: presets[0].docs (the docs plugin) — this engine is a blog; …
 */
export type ReportKind = 'carried' | 'changed' | 'not carried';

export type ReportLine = { kind: ReportKind; text: string; advice?: string };

const ORDER: readonly ReportKind[] = ['carried', 'changed', 'not carried'];

export class Report {
  readonly lines: ReportLine[] = [];

  add(kind: ReportKind, text: string, advice?: string): void {
    this.lines.push(advice ? { kind, text, advice } : { kind, text });
  }

  carried(text: string, advice?: string): void {
    this.add('carried', text, advice);
  }

  changed(text: string, advice?: string): void {
    this.add('changed', text, advice);
  }

  notCarried(text: string, advice?: string): void {
    this.add('not carried', text, advice);
  }

  /** Carried first, then changed, then not carried; each group in the order found. */
  format(): string[] {
    return ORDER.flatMap((kind) => this.lines.filter((line) => line.kind === kind).map(formatLine));
  }
}

export function formatLine(line: ReportLine): string {
  return `${line.kind}   ${line.text}${line.advice ? ` — ${line.advice}` : ''}`;
}
