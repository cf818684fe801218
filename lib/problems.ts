/**
 * Problems found in content. Each names the file (relative to the project, e.g. `posts/foo.mdx`)
 * and, when known, the line and column; they print as `file:line:col: message`.
 */
export type Problem = {
  file: string;
  message: string;
  line?: number;
  column?: number;
};

export function formatProblem(problem: Problem): string {
  let where = problem.file;
  if (problem.line !== undefined) {
    where += `:${problem.line}`;
    if (problem.column !== undefined) where += `:${problem.column}`;
  }
  return `${where}: ${problem.message}`;
}

/** Thrown when content cannot be built; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${count} in the blog's content:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while loading, then throws them all at once. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(problem: Problem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}
