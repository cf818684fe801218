/**
 * `npm run import -- <docusaurus-site-dir>`: a Docusaurus site into this project. Reads the
 * site's config (`read-config.ts`), maps its settings (`site-settings.ts`), plans the copies
 * (`content-files.ts`), removes what the previous import wrote (`import-marker.ts`) and the
 * sample posts, copies, and writes `site.config.ts` (`print-config.ts`). The same site imported
 * twice gives the same files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { planContent } from './content-files';
import { readMarker, removeImported, writeMarker } from './import-marker';
import { printSiteConfig } from './print-config';
import { findConfigFile, readSiteConfig } from './read-config';
import { Report } from './report';
import { mapSettings } from './site-settings';

export type ImportOutcome =
  { ok: true; lines: string[]; files: string[] } | { ok: false; message: string; lines: string[] };

export type ImportOptions = {
  /** How long the config may take to evaluate. */
  timeoutMs?: number;
};

/** Folders of the project the import empties or writes into. */
const TARGETS = ['posts', 'public', 'i18n', 'src'];

function inside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

export async function importSite(
  siteArgument: string,
  projectDir: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const siteDir = path.resolve(siteArgument);
  const fail = (message: string, lines: string[] = []): ImportOutcome => ({
    ok: false,
    message,
    lines,
  });
  if (!fs.existsSync(siteDir) || !fs.statSync(siteDir).isDirectory())
    return fail(`${siteArgument} is not a folder`);
  const configFile = findConfigFile(siteDir);
  if (!configFile)
    return fail(
      `${siteArgument} is not a Docusaurus site: it has no docusaurus.config.{js,mjs,cjs,ts}`,
    );
  if (inside(siteDir, projectDir))
    return fail(`${siteArgument} holds this project: run the import in a project of its own`);

  const report = new Report();
  const read = await readSiteConfig(configFile, report, options);
  const settings = mapSettings(read, { siteDir }, report);
  if (!settings.blog) return fail(settings.why ?? 'the site has no blog', report.format());
  const sources = [settings.blog.dir, ...settings.staticDirs, settings.i18nDir];
  const clash = sources.find((dir) =>
    TARGETS.some((target) => inside(path.join(projectDir, target), dir)),
  );
  if (clash)
    return fail(
      `${path.relative(projectDir, clash)} is inside this project's own content: move the site elsewhere first`,
    );

  const format = settings.config.markdown?.format ?? 'mdx';
  const plan = planContent(siteDir, projectDir, settings, format, report);

  // What the previous import wrote goes, and the sample posts with it.
  const previous = readMarker(projectDir);
  removeImported(
    projectDir,
    previous.files.filter((file) => file !== 'site.config.ts'),
    new Set(['posts', 'public']),
  );
  fs.rmSync(path.join(projectDir, 'posts'), { recursive: true, force: true });
  fs.mkdirSync(path.join(projectDir, 'posts'), { recursive: true });

  // A static file with the name of one of the engine's replaces it (said each time).
  const replacing = plan.copies.filter(
    (copy) =>
      copy.to.startsWith('public/') &&
      (previous.replaced.includes(copy.to) || fs.existsSync(path.join(projectDir, copy.to))),
  );
  for (const copy of replacing) {
    const from = path.relative(siteDir, copy.from).split(path.sep).join('/');
    report.changed(`${from} → ${copy.to}`, "replaces the engine's file of that name");
  }
  const replaced = replacing.map((copy) => copy.to);

  const files = [...plan.copies.map((copy) => copy.to), 'site.config.ts'];
  // Written first: an import that stops half-way is still removed by the next one.
  writeMarker(projectDir, { files, replaced });
  for (const copy of plan.copies) {
    const target = path.join(projectDir, copy.to);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(copy.from, target);
  }
  const header = [
    "The site's settings: the one file to edit. Written by `npm run import` from the Docusaurus",
    `site ${path.basename(siteDir)}/ (${read.file}); option names are Docusaurus's, the blog plugin's`,
    'under `blog`. `SITE_URL`, `BASE_PATH`, `POSTS_DIR`, `ON_BROKEN_LINKS` and `EXPORT_DIR` in the',
    'environment override it when publishing.',
  ];
  fs.writeFileSync(
    path.join(projectDir, 'site.config.ts'),
    printSiteConfig(settings.config, header),
  );
  return { ok: true, lines: report.format(), files };
}
