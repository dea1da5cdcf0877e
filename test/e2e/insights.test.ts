import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionSession } from './session';

const session = extensionSession();

describe('insights', () => {
  it('lists a search with no result as a knowledge gap and exports notes as CSV', async () => {
    const { tab, panel } = await session.openTicket();
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('qzxv scooter battery');
    await panel.getByText('No article matches').waitFor();
    await panel.waitForTimeout(1_800); // the gap is recorded once typing has paused
    await panel.getByRole('searchbox', { name: 'Search knowledge base' }).fill('');
    await panel.getByRole('button', { name: 'I own this' }).click();
    await panel
      .getByRole('textbox', { name: 'Note' })
      .fill('Asked the warehouse, "quote" me, update by Friday');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('region', { name: 'My cases' }).getByText('Asked the warehouse').first().waitFor();

    await panel.getByRole('button', { name: 'Insights' }).click();
    const gaps = panel.getByRole('region', { name: 'Knowledge gaps' });
    await gaps.getByText('qzxv scooter battery').waitFor();
    await panel.getByRole('region', { name: 'Promises kept on time' }).waitFor();

    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export notes as CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toContain('ticketKey');
    expect(csv).toContain('"Asked the warehouse, ""quote"" me, update by Friday"');
    expect(csv).toContain('4821');
    await tab.close();
    await panel.close();
  });
});
