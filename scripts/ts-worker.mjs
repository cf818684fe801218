// Starts a worker thread on a TypeScript module (`workerData.entry`, a file URL) through jiti, as
// scripts/run-ts.mjs runs the main thread: worker threads do not inherit its loader.
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { createJiti } from 'jiti';

await createJiti(import.meta.url).import(fileURLToPath(workerData.entry));
