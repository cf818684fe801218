// Preloaded (`node --import`) by scripts/build.mjs into the process that renders the pages:
// Next's generate step, whose rendering threads share its V8 settings (and load this file again,
// as Next hands its flags to them: harmless, the setting is the same).
//
// After a full collection V8 lets a heap grow to up to 4× its live data before the next one. A
// rendering thread holds ~120 MB of live data and churns through garbage for every page, so each
// grew to 300–370 MB between collections, and the build's peak was the moment both threads were
// near their top (1.0–1.17 GB at 1,000 posts, over issue 16's 1.1 GB in some runs). Growing by
// half at most, the generate step peaks at ~0.63 GB instead of ~1.0 GB in the same time within
// the machine's spread (bench/RESULTS.md). V8 reads the setting at each collection, so setting
// it once the process runs is enough; lib/build/heap-growth.test.ts checks that it still acts.
import v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 50;

v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
