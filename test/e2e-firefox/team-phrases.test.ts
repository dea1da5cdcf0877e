// Team phrases in a real Firefox (ESR): a team lead adds an outside party and a department on the options
// page, and the panel already open beside a ticket uses them at once, without a reload. The same steps as
// the Chromium test (test/e2e/team-phrases.test.ts), over the Firefox build and its moz-extension:// pages.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { clickButton, listTexts, typeInto, waitForText } from './dom';
import { firefoxSession } from './session';

const session = firefoxSession();

const KEEP = 'section[aria-label="Nudges"] article[aria-label="Keep the customer"]';

/** The handoff nudges that name `name`. */
async function naming(panel: Page, name: string): Promise<string[]> {
  return (await listTexts(panel, KEEP)).filter((text) => text.includes(name));
}

describe('team phrases in a real Firefox', () => {
  it('take effect in the open panel as soon as they are saved on the options page', async () => {
    const { tab, panel } = await session.openTicket('demo-helpdesk.html');
    await waitForText(panel, 'section[aria-label="Nudges"]', 'Yours to approve');

    await tab.bringToFront();
    await typeInto(tab, '#reply', 'Thanks, Dana. Acme Logistics will sort out the delivery.');
    // The draft has reached the panel (its limit nudge stays), and no nudge names the party yet.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await naming(panel, 'Acme Logistics')).toEqual([]);

    const options = await session.firefox.openOptions('phrases');
    await waitForText(options, 'h1', 'Team phrases');
    await typeInto(options, '#rule-phrases-departments', 'the Accounts Receivable team');
    await typeInto(options, '#rule-phrases-parties', 'Acme Logistics');
    await clickButton(options, 'Save phrases', 'form');
    await waitForText(options, '[role="status"]', 'Phrases saved');

    // No reload: the panel follows the stored phrases.
    await expect.poll(() => naming(panel, 'Acme Logistics'), { timeout: 10_000 }).not.toEqual([]);
    await tab.bringToFront();
    await typeInto(tab, '#reply', 'Thanks, Dana. Please contact Acme Logistics about the delivery.');
    await waitForText(panel, `${KEEP} blockquote`, "I'll contact Acme Logistics for you", 10_000);

    await typeInto(tab, '#reply', 'Thanks, Dana. Accounts Receivable will sort out the invoice.');
    await expect.poll(() => naming(panel, 'Accounts Receivable'), { timeout: 10_000 }).not.toEqual([]);

    // They are kept: the options page, opened again, shows them (Firefox sends BiDi no load event for an
    // extension page, so it is reopened rather than reloaded).
    await options.close();
    const again = await session.firefox.openOptions('phrases');
    await expect
      .poll(
        () =>
          again.evaluate(
            () =>
              (document.querySelector('#rule-phrases-parties') as HTMLTextAreaElement | null)?.value ?? '',
          ),
        { timeout: 10_000 },
      )
      .toBe('Acme Logistics');
    await again.close();
    await panel.close();
    await tab.close();
  });
});
