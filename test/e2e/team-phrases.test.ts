// A team lead adds the team's own words on the options page, and the panel, already open beside a ticket,
// uses them at once: a draft naming the outside party or the department gets a handoff nudge that names it.
// The same words in a team pack reach the panel when the pack syncs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmePack, type PackHost, servePack, subscribeAndSync } from './pack-host';
import { extensionSession } from './session';

const handoffNaming = (panel: Page, name: string) =>
  panel
    .getByRole('region', { name: 'Nudges' })
    .getByRole('article', { name: 'Keep the customer' })
    .filter({ hasText: name });

describe('team phrases', () => {
  const session = extensionSession();
  it('take effect in the open panel as soon as they are saved on the options page', async () => {
    const { tab, panel } = await session.openTicket();
    const nudges = panel.getByRole('region', { name: 'Nudges' });
    await nudges.getByRole('article', { name: 'Yours to approve' }).waitFor();
    const naming = (name: string) =>
      nudges.getByRole('article', { name: 'Keep the customer' }).filter({ hasText: name });

    await tab.bringToFront();
    const reply = tab.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Thanks, Dana. Acme Logistics will sort out the delivery.');
    await panel.waitForTimeout(1_500);
    expect(await naming('Acme Logistics').count()).toBe(0);

    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.id}/src/options/index.html#phrases`);
    await options.getByRole('heading', { level: 1, name: 'Team phrases' }).waitFor();
    await options
      .getByRole('textbox', { name: 'Departments and teams' })
      .fill('the Accounts Receivable team');
    await options
      .getByRole('textbox', { name: 'Partner companies and outside parties' })
      .fill('Acme Logistics');
    await options.getByRole('button', { name: 'Save phrases' }).click();
    await options.getByRole('status').filter({ hasText: 'Phrases saved' }).waitFor();

    // No reload: the panel follows the stored phrases.
    await naming('Acme Logistics').waitFor({ timeout: 10_000 });
    await tab.bringToFront();
    await reply.fill('Thanks, Dana. Please contact Acme Logistics about the delivery.');
    await expect
      .poll(() => naming('Acme Logistics').locator('blockquote').first().textContent(), { timeout: 10_000 })
      .toContain("I'll contact Acme Logistics for you");

    await reply.fill('Thanks, Dana. Accounts Receivable will sort out the invoice.');
    await naming('Accounts Receivable').waitFor({ timeout: 10_000 });

    // They are kept: the options page shows them again after a reload.
    await options.reload();
    await expect
      .poll(() =>
        options.getByRole('textbox', { name: 'Partner companies and outside parties' }).inputValue(),
      )
      .toBe('Acme Logistics');
    await options.close();
    await tab.close();
    await panel.close();
  });
});

describe('team phrases from a team pack', () => {
  const session = extensionSession();
  let host: PackHost;
  beforeAll(async () => {
    host = await servePack();
    host.serve({
      ...acmePack('2026.12.1', 'Zephyrix warranty claims'),
      phrases: { en: { departments: ['the Accounts Receivable team'], parties: ['Acme Logistics'] } },
    });
  });
  afterAll(() => host?.close());

  it('take effect in the open panel once the pack is synced', async () => {
    const { tab, panel } = await session.openTicket();
    await panel
      .getByRole('region', { name: 'Nudges' })
      .getByRole('article', { name: 'Yours to approve' })
      .waitFor();
    await tab.bringToFront();
    const reply = tab.getByRole('textbox', { name: 'Reply' });
    await reply.fill('Thanks, Dana. Acme Logistics will sort out the delivery.');
    await panel.waitForTimeout(1_500);
    expect(await handoffNaming(panel, 'Acme Logistics').count()).toBe(0);

    const options = await session.ext.openOptions('packs');
    await subscribeAndSync(options, host.url);

    // No reload: the panel follows the pack's phrases as it follows the options page's.
    await handoffNaming(panel, 'Acme Logistics').waitFor({ timeout: 10_000 });
    await tab.bringToFront();
    await reply.fill('Thanks, Dana. Please contact Acme Logistics about the delivery.');
    await expect
      .poll(() => handoffNaming(panel, 'Acme Logistics').locator('blockquote').first().textContent(), {
        timeout: 10_000,
      })
      .toContain("I'll contact Acme Logistics for you");
    await reply.fill('Thanks, Dana. Accounts Receivable will sort out the invoice.');
    await handoffNaming(panel, 'Accounts Receivable').waitFor({ timeout: 10_000 });
    await options.close();
    await tab.close();
    await panel.close();
  });
});
