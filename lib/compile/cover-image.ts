/**
 * A post's front matter `image` naming a file beside it (`image: ./cover.png`), as Docusaurus
 * allows: the file is published like an image in the text, and the post's link previews, JSON-LD
 * and feeds use its published path. URLs and `/img/x.png` paths in `public/` are used as written.
 */
import type { CompileContext } from './context';
import { isExternal, resolveLocalFile } from './local-files';

export function resolveCoverImage(context: CompileContext): void {
  const { image, facts } = context;
  if (!image || isExternal(image.url) || image.url.startsWith('/')) return;
  const resolved = resolveLocalFile(image.url, context);
  if (typeof resolved === 'string')
    facts.problems.push({
      file: context.file,
      line: image.line,
      message: `front matter "image": ${resolved}`,
    });
  else if (resolved) facts.image = resolved.url;
}
