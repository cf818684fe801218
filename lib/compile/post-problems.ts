import type { Problem } from '../problems';
import { ContentError } from '../problems';
import type { CompileFacts } from './context';

/** The post compiled, but what it refers to is wrong (missing image, link to no post). */
export class PostProblemsError extends ContentError {
  readonly facts: CompileFacts;

  constructor(problems: readonly Problem[], facts: CompileFacts) {
    super(problems);
    this.facts = facts;
  }
}
