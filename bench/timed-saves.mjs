// Saves a post open in the browser `count` times, each with a new last sentence, and times each
// from the write until the page shows that sentence (the dev server refreshes the page). The
// file is put back as it was, times too, so the next run starts from the same content.
import fs from 'node:fs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds since `since` (a `performance.now()`), to the hundredth. */
export const seconds = (since) => Number(((performance.now() - since) / 1000).toFixed(2));

/** Seconds from each save to the page showing it. */
export async function timeSaves(page, file, count, { timeout = 30_000 } = {}) {
  const original = fs.readFileSync(file, 'utf8');
  const { atime, mtime } = fs.statSync(file);
  const times = [];
  try {
    for (let i = 1; i <= count; i++) {
      const marker = `Edited while open, number ${i}.`;
      const since = performance.now();
      fs.writeFileSync(file, `${original}\n\n${marker}\n`);
      await page.getByText(marker).waitFor({ timeout });
      times.push(seconds(since));
      await sleep(1500);
    }
  } finally {
    fs.writeFileSync(file, original);
    fs.utimesSync(file, atime, mtime);
  }
  return times;
}
