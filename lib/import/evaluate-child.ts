/**
 * The child process that evaluates a Docusaurus config (`evaluate-config.ts` starts it with the
 * config's path and a folder for stub modules): loads it with jiti (TypeScript, ES modules and CommonJS alike) inside the
 * sandbox of `config-sandbox.ts`, calls it when it exports a function, and sends the result to
 * the parent as JSON. The config's own output is not the parent's: stdout is ignored.
 */
import path from 'node:path';
import { createJiti } from 'jiti';
import { installSandbox } from './config-sandbox';

export type ChildMessage = { ok: true; config: unknown } | { ok: false; error: string };

function send(message: ChildMessage): void {
  if (process.send) process.send(message, () => process.exit(0));
  else {
    process.stdout.write(JSON.stringify(message));
    process.exit(0);
  }
}

const configFile = path.resolve(process.argv[2] ?? '');
const sandbox = installSandbox(path.dirname(configFile), path.resolve(process.argv[3] ?? ''));
try {
  const jiti = createJiti(configFile, {
    fsCache: false,
    moduleCache: false,
    interopDefault: true,
    virtualModules: sandbox.virtualModules,
  });
  let config: unknown = await jiti.import(configFile, { default: true });
  // Docusaurus accepts a function (async or not) that returns the config.
  if (typeof config === 'function') {
    const made: unknown = (config as () => unknown)();
    config = await made;
  }
  send({ ok: true, config: sandbox.toJson(config) });
} catch (error) {
  const text = error instanceof Error ? error.message : String(error);
  send({ ok: false, error: text.split('\n')[0] ?? 'failed' });
}
