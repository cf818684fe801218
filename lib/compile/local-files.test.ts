import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileError, singlePostSite } from '../testing/single-post';
import { postAt } from '../testing/sites';

/** A file outside every test site, which a symlink inside one points at. */
function outsideFile(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'outside-')), 'secret.txt');
  fs.writeFileSync(file, 'a secret outside the project\n');
  return file;
}

describe('files a post uses', () => {
  it('may not be a symlink that leads outside the project, named with the post and the link', async () => {
    const store = singlePostSite('a.md', 'See [the file](./leak.txt).\n');
    const dir = path.dirname(postAt(store, 'a.md').path);
    const target = outsideFile();
    fs.symlinkSync(target, path.join(dir, 'leak.txt'));
    await expect(store.getCompiledPost(postAt(store, 'a.md'))).rejects.toThrow(
      `posts/a.md:5:5: link to "./leak.txt" leads outside the project (to ${fs.realpathSync(target)})`,
    );
  });

  it('may not point outside the project by a relative path either', async () => {
    expect(await compileError('a.md', '![x](../../../../../../etc/hostname)\n')).toContain(
      'posts/a.md:5:1: image "../../../../../../etc/hostname" points outside the project',
    );
  });

  it('are recorded, not copied: compiling writes nothing into public/', async () => {
    const store = singlePostSite('a.md', 'Get [the notes](./notes.txt).\n', {
      'posts/notes.txt': 'notes\n',
    });
    const { assets } = (await store.getCompiledPost(postAt(store, 'a.md'))).facts;
    expect(assets.map((asset) => asset.url)).toEqual([
      expect.stringMatching(/^\/_assets\/[0-9a-f]{12}\/notes\.txt$/),
    ]);
    const publicDir = path.join(path.dirname(postAt(store, 'a.md').path), '..', 'public');
    expect(fs.readdirSync(publicDir)).not.toContain('_assets');
  });
});
