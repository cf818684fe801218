/** Placeholder until the Docusaurus theme components land (helper/theme). */
export const themeModules: Record<string, Record<string, unknown>> = {};
