// Small DOM helpers for the Firefox tier. Clicks and typing go through puppeteer (real input events);
// finding and reading go through the page itself, so they do not depend on the driver's selector engines.
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';

/** The text of the first element matching `selector`, or '' when there is none. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate(
    (s: string) => (document.querySelector(s) as HTMLElement | null)?.textContent ?? '',
    selector,
  );
}

/** The text of every element matching `selector`. */
export function listTexts(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (s: string) => [...document.querySelectorAll<HTMLElement>(s)].map((element) => element.textContent),
    selector,
  );
}

/** The text of the region (section) labelled `name`. */
export function regionText(page: Page, name: string): Promise<string> {
  return textOf(page, `[aria-label="${name}"]`);
}

export async function waitForText(
  page: Page,
  selector: string,
  text: string,
  timeout = 20_000,
): Promise<void> {
  await expect
    .poll(async () => (await listTexts(page, selector)).join('\n'), { timeout, interval: 200 })
    .toContain(text);
}

export async function click(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector, { timeout: 20_000 });
  if (!element) throw new Error(`Nothing matches ${selector}`);
  await element.click();
}

/**
 * Clicks the first button whose visible text or accessible label is `name`, inside `within` when given.
 * Waits for it to appear.
 */
export async function clickButton(
  page: Page,
  name: string,
  within = 'body',
  timeout = 20_000,
): Promise<void> {
  const find = () =>
    page.evaluate(
      (scope: string, label: string) => {
        const buttons = [
          ...document.querySelectorAll<HTMLElement>(`${scope} button, ${scope} [role="button"]`),
        ];
        // As a person (and Playwright) would: only a button that can be pressed, so a click never lands
        // on one still disabled while its form fills in.
        const index = buttons.findIndex(
          (b) =>
            (b.textContent.trim() === label || b.getAttribute('aria-label') === label) &&
            !(b as HTMLButtonElement).disabled &&
            b.getAttribute('aria-disabled') !== 'true',
        );
        if (index < 0) return -1;
        for (const marked of document.querySelectorAll('[data-e2e-target]'))
          marked.removeAttribute('data-e2e-target');
        buttons[index]?.setAttribute('data-e2e-target', '');
        return index;
      },
      within,
      name,
    );
  await expect.poll(find, { timeout, interval: 200 }).toBeGreaterThanOrEqual(0);
  await click(page, '[data-e2e-target]');
}

/** Focuses the field and types into it, as a person would (after clearing what was there). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const field = await page.waitForSelector(selector, { timeout: 20_000 });
  if (!field) throw new Error(`Nothing matches ${selector}`);
  await field.click({ count: 3 });
  await page.keyboard.press('Backspace');
  await field.type(text);
}

/** The commitment alarms the add-on has set, read from one of its pages. */
export function commitmentAlarms(page: Page): Promise<{ name: string; scheduledTime: number }[]> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const alarms = await api.alarms.getAll();
    return alarms
      .filter((alarm) => alarm.name.startsWith('commitment:'))
      .map((alarm) => ({ name: alarm.name, scheduledTime: alarm.scheduledTime }));
  });
}

/**
 * Elements of the panel that do not fit: anything sticking out past the page's right edge, a page that
 * scrolls sideways, and buttons, labels or headings whose own text overflows their box (clipped or cut
 * with an ellipsis). Each as "<tag>.<class> "<text>": why".
 */
export function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''} "${(element as HTMLElement).textContent?.slice(0, 30) ?? ''}"`;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.closest('.visually-hidden, .sr-only')) continue;
      if (box.right > width + 1 || box.left < -1)
        found.push(`${name(element)}: outside (${box.left}–${box.right} of ${width})`);
      const text = element.matches('button, label, h1, h2, h3, .chip, a, summary');
      if (text && element.scrollWidth > element.clientWidth + 1) {
        found.push(`${name(element)}: text overflows (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return found;
  });
}

/**
 * A selector for the form control labelled `label` inside `scope` (a `<label>` whose text starts with it,
 * or an `aria-label` equal to it), for typing into it or choosing from it. Waits for it to appear.
 */
export async function field(page: Page, scope: string, label: string): Promise<string> {
  const find = () =>
    page.evaluate(
      (within: string, name: string) => {
        for (const marked of document.querySelectorAll('[data-e2e-field]'))
          marked.removeAttribute('data-e2e-field');
        const root = document.querySelector(within);
        if (!root) return false;
        const labelled = [...root.querySelectorAll('label')]
          .filter((element) => element.textContent.trim().startsWith(name))
          .map((element) => element.control ?? element.querySelector('input, textarea, select'))
          .find((control) => control);
        const control = labelled ?? root.querySelector(`[aria-label="${name}"]`);
        control?.setAttribute('data-e2e-field', '');
        return Boolean(control);
      },
      scope,
      label,
    );
  await expect.poll(find, { timeout: 20_000, interval: 200, message: `no field "${label}"` }).toBe(true);
  return '[data-e2e-field]';
}
