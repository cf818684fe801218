/** What `mdx-imports` is in unit tests: no post imports a component or a package. */
export const imports: Record<string, Record<string, unknown>> = {};
