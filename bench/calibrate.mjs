// A fixed amount of work of the kinds a build does (parsing, string building, hashing,
// compression) on every core at once, timed: how fast this machine is right now, all of it. The regression check of
// bench/run.mjs scales its limits by it, so that a slower machine (or a busier one) does not fail
// a build that did not get slower, and a faster one does not hide a build that did.
//   node bench/calibrate.mjs      prints the seconds it took
import { createHash } from 'node:crypto';
import os from 'node:os';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import zlib from 'node:zlib';

/** The work, on this thread; its seconds. */
function work() {
  const started = performance.now();
  let sink = 0;
  for (let round = 0; round < 6; round++) {
    const rows = Array.from({ length: 40_000 }, (_, i) => ({
      id: i,
      title: `글 ${i} — post number ${i} with some words`,
      tags: ['rust', 'kubernetes', `tag-${i % 97}`],
    }));
    const text = JSON.stringify(rows);
    const parsed = JSON.parse(text);
    sink += parsed.length;
    const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
    sink += words.length;
    sink += createHash('sha256').update(text).digest()[0] ?? 0;
    sink += zlib.gzipSync(text, { level: 6 }).length;
    const html = rows.map((r) => `<li><a href="/p/${r.id}/">${r.title}</a></li>`).join('');
    sink += html.replaceAll('<li>', '<li class="x">').length;
  }
  if (sink < 0) console.log(sink);
  return (performance.now() - started) / 1000;
}

/** The seconds the work takes on every core at once (the slowest thread's). */
export async function calibrate() {
  const threads = os.availableParallelism();
  const started = performance.now();
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url));
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return (performance.now() - started) / 1000;
}

if (!isMainThread) parentPort?.postMessage(work());
else if (import.meta.url === `file://${process.argv[1]}`)
  console.log((await calibrate()).toFixed(2));
