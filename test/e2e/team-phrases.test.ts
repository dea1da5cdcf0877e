// A team lead adds the team's own words on the options page, and the panel, already open beside a ticket,
// uses them at once: a draft naming the outside party or the department gets a handoff nudge that names it.
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('team phrases', () => {
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
