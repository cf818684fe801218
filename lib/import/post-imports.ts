/**
 * The modules MDX posts import (`import Image from '@theme/IdealImage'`), outside code blocks:
 * which of them the import cannot bring along (Docusaurus's own modules, packages this project
 * does not have, files outside the blog folder), and whether posts use `@site/src/components`.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { STAND_INS, THEME_SPECIFIERS } from '../compile/theme-specifiers';
import type { Report } from './report';
import { compareText } from './site-files';

const IMPORT = /^import\s+(?:[^'";]*?\s+from\s+)?['"]([^'"\n]+)['"]/gm;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** The source with fenced code blocks blanked (their lines kept, so nothing else moves). */
export function withoutCode(source: string): string {
  let fence: string | undefined;
  return source
    .split('\n')
    .map((line) => {
      const match = FENCE.exec(line);
      if (fence) {
        if (
          match?.[1] &&
          match[1][0] === fence[0] &&
          match[1].length >= fence.length &&
          line.trim() === match[1]
        )
          fence = undefined;
        return '';
      }
      if (match?.[1]) {
        fence = match[1];
        return '';
      }
      return line;
    })
    .join('\n');
}

export function importsOf(source: string): string[] {
  return [...withoutCode(source).matchAll(IMPORT)].map((match) => match[1] ?? '');
}

export type MarkdownFile = {
  /** Absolute. */
  path: string;
  /** As reports name it: `blog/2022-10-29/index.mdx`. */
  label: string;
  /** The folder its relative imports may reach without leaving what is copied. */
  root: string;
};

/** Reports what posts import that is not carried; true when some import `@site/src/components`. */
export function checkPostImports(
  files: readonly MarkdownFile[],
  projectDir: string,
  report: Report,
): boolean {
  const bySpecifier = new Map<string, { files: string[]; advice: string }>();
  const projectRequire = createRequire(path.join(projectDir, 'package.json'));
  const installed = (name: string) => {
    try {
      projectRequire.resolve(`${name}/package.json`);
      return true;
    } catch {
      try {
        projectRequire.resolve(name);
        return true;
      } catch {
        return false;
      }
    }
  };
  let usesComponents = false;
  for (const file of files) {
    for (const specifier of new Set(importsOf(fs.readFileSync(file.path, 'utf8')))) {
      let advice: string | undefined;
      if ((THEME_SPECIFIERS as readonly string[]).includes(specifier)) continue;
      if (specifier.startsWith('@site/src/components/')) usesComponents = true;
      else if (specifier.startsWith('@site/'))
        advice = 'a file of the old site that is not carried: copy it yourself and fix the import';
      else if (/^@(?:theme|theme-original|docusaurus|generated)\//.test(specifier))
        advice = `a Docusaurus module this engine does not provide (it has ${THEME_SPECIFIERS.filter((s) => s.startsWith('@')).join(', ')}): replace it in these posts`;
      else if (specifier.startsWith('.')) {
        const target = path.resolve(path.dirname(file.path), specifier);
        if (path.relative(file.root, target).startsWith('..'))
          advice =
            'a file outside the blog folder, not carried: copy it next to the posts and fix the import';
      } else if (!/^(?:https?|node|data):/.test(specifier)) {
        const name = specifier.startsWith('@')
          ? specifier.split('/').slice(0, 2).join('/')
          : (specifier.split('/')[0] ?? specifier);
        const standIn = STAND_INS[name];
        if (!installed(name))
          advice = standIn
            ? `an npm package this project does not have: shown as ${standIn} until you npm install ${name}`
            : `an npm package this project does not have: npm install ${name}, or remove the import`;
      }
      if (!advice) continue;
      const entry = bySpecifier.get(specifier) ?? { files: [], advice };
      entry.files.push(file.label);
      bySpecifier.set(specifier, entry);
    }
  }
  for (const specifier of [...bySpecifier.keys()].sort(compareText)) {
    const entry = bySpecifier.get(specifier);
    if (!entry) continue;
    const shown = entry.files.slice(0, 2).join(', ');
    const more = entry.files.length > 2 ? ` and ${entry.files.length - 2} more` : '';
    report.notCarried(`${shown}${more}: import '${specifier}'`, entry.advice);
  }
  return usesComponents;
}
