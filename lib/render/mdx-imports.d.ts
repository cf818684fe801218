/** The components and packages posts import (lib/compile/imports-registry.ts writes it). */
declare module 'mdx-imports' {
  export const imports: Record<string, Record<string, unknown>>;
}
