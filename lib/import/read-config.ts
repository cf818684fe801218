/**
 * A Docusaurus site's `docusaurus.config.*`, read: evaluated in a child process with
 * Docusaurus's packages stubbed (`evaluate-config.ts`), or — when that fails — read statically
 * (`static-config.ts`). Never throws for what the config does; says how it was read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ConfigRecord, ConfigValue } from './config-values';
import { isRecord } from './config-values';
import { evaluateConfig } from './evaluate-config';
import type { Report } from './report';
import { readConfigStatically } from './static-config';

/** Docusaurus's order. */
export const CONFIG_FILES = [
  'docusaurus.config.ts',
  'docusaurus.config.mts',
  'docusaurus.config.cts',
  'docusaurus.config.js',
  'docusaurus.config.mjs',
  'docusaurus.config.cjs',
] as const;

export type SiteConfigRead = {
  /** `docusaurus.config.js`: the name report lines give. */
  file: string;
  config: ConfigRecord;
  /** The same, read statically (for `${new Date().getFullYear()}`); undefined when unreadable. */
  literal: ConfigRecord | undefined;
  how: 'evaluated' | 'read statically' | 'unreadable';
};

export function findConfigFile(siteDir: string): string | undefined {
  return CONFIG_FILES.map((name) => path.join(siteDir, name)).find((file) => fs.existsSync(file));
}

/** When neither way can read it, an empty config (Docusaurus's defaults), and the report says why. */
export async function readSiteConfig(
  configFile: string,
  report: Report,
  options: { timeoutMs?: number } = {},
): Promise<SiteConfigRead> {
  const file = path.basename(configFile);
  const source = fs.readFileSync(configFile, 'utf8');
  const literal = readConfigStatically(source, configFile);
  const evaluated = await evaluateConfig(configFile, options.timeoutMs);
  if (evaluated.ok && isRecord(evaluated.config)) {
    return {
      file,
      config: evaluated.config,
      literal: literal.ok && isRecord(literal.config) ? literal.config : undefined,
      how: 'evaluated',
    };
  }
  const why = evaluated.ok ? 'it does not export an object' : evaluated.error;
  if (literal.ok && isRecord(literal.config)) {
    report.changed(
      `${file}: read statically, as running it failed (${why})`,
      'only values written as literals are carried; the others are listed below',
    );
    return { file, config: literal.config, literal: literal.config, how: 'read statically' };
  }
  report.notCarried(
    `${file}: could not be read (running it: ${why}; reading it: ${literal.ok ? 'no object' : literal.error})`,
    "Docusaurus's defaults stand in (a blog in blog/): check site.config.ts (see the README: Settings)",
  );
  return { file, config: {}, literal: undefined, how: 'unreadable' };
}

export function valueAt(
  config: ConfigValue | undefined,
  segments: readonly (string | number)[],
): ConfigValue | undefined {
  let current = config;
  for (const segment of segments) {
    if (typeof segment === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = (current as readonly ConfigValue[])[segment];
    } else {
      if (!isRecord(current) || !Object.hasOwn(current, segment)) return undefined;
      current = current[segment];
    }
  }
  return current;
}
