// Starts a worker thread on a TypeScript module: registers tsx in the thread, then imports
// `workerData.entry` (worker threads do not inherit the loader of the main thread).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
