import type { Page } from '@playwright/test';

/** A string from the code of each island loaded on demand (one that survives minification). */
export const ISLAND_CODE = {
  prTable: 'PR table controls must be inside',
  tabs: 'docusaurus.tab.',
  lightboxDialog: '[tabindex]:not([tabindex="-1"])',
};

/** From now on, the text of every script the page fetches (call the result to read it). */
export function fetchedScripts(page: Page): () => Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text());
  });
  return async () => (await Promise.all(bodies)).join('\n');
}
