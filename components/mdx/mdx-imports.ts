import { imports as registry } from 'mdx-imports';
import { excerptThemeModules, themeModules } from '@/components/docusaurus/theme-modules';

/**
 * What a post's `import`s are given: the engine's own modules (`@theme/Tabs`, React, stand-ins)
 * and the project's components and packages the check registered (lib/compile/imports-registry.ts).
 */
export const postImports: Readonly<Record<string, unknown>> = { ...themeModules, ...registry };

/** The same for a post's entry in a list: images there do not zoom. */
export const excerptImports: Readonly<Record<string, unknown>> = {
  ...excerptThemeModules,
  ...registry,
};
