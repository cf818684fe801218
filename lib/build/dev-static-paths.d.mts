// Types of dev-static-paths.mjs (plain JavaScript, as `node --import` loads it).
export const DEV_SERVER: RegExp;
export function deferStaticPathsRefresh(
  proto: object | undefined,
  options?: { delay?: number; version?: () => number | undefined },
): boolean;
export function install(): void;
