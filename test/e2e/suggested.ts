// The panel's "Suggested for this page" list as the end-to-end tests read it.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const suggested = (panel: Page): Locator =>
  panel.getByRole('region', { name: 'Suggested for this page' });

/** The titles listed now. */
export const suggestedTitles = (panel: Page): Promise<string[]> =>
  suggested(panel).getByRole('listitem').allTextContents();

/** Waits until meaning is ready (or failed), so the suggestions shown are the settled ones. */
export async function meaningSettled(panel: Page): Promise<void> {
  await expect
    .poll(() => suggested(panel).getAttribute('data-meaning'), { timeout: 120_000, interval: 250 })
    .toMatch(/^(ready|failed)$/);
}
