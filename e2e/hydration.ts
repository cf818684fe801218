import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Waits until React has hydrated the element: before that, its handlers are not attached (a key
 * press or a click on a link is the browser's own, not the page's).
 */
export async function toBeHydrated(element: Locator): Promise<void> {
  await expect
    .poll(() =>
      element.evaluate((node) => Object.keys(node).some((key) => key.startsWith('__reactFiber'))),
    )
    .toBe(true);
}
