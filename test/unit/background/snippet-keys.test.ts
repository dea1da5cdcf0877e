// The worker's answers to the shortcut script: nothing for a site with shortcuts off, the shortcuts and
// prefix for one that has them on, and one snippet with what the page fills.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerKeys } from '../../../src/background/snippet-keys';
import { database } from '../../../src/storage/db';
import { settings } from '../../../src/storage/repositories';
import { setShortcutSite } from '../../../src/storage/shortcut-settings';

const sendMessage = vi.fn();
beforeAll(async () => {
  vi.stubGlobal('chrome', {
    tabs: { sendMessage },
    i18n: { getUILanguage: () => 'en', getMessage: (key: string) => key },
  });
  const db = database();
  await db.snippets.bulkPut([
    {
      id: 'a',
      title: 'Refund',
      body: 'Hi {{customer.name}}, {{agent.name}} here: {{reason}}.',
      tags: [],
      shortcut: 'refund',
      updatedAt: 0,
      version: 1,
      source: 'local',
    },
    { id: 'b', title: 'No shortcut', body: 'x', tags: [], updatedAt: 0, version: 1, source: 'local' },
  ]);
  await settings.set(db, 'agentName', 'Sam');
  await setShortcutSite(db, 'acme.zendesk.com', true);
});
afterAll(() => vi.unstubAllGlobals());

const from = (url: string) => ({ id: 'ext', tab: { id: 7 } as chrome.tabs.Tab, frameId: 0, url });

describe('answers to the shortcut script', () => {
  it('gives nothing to a site with shortcuts off, even for a known shortcut', async () => {
    const other = from('https://other.example/ticket/1');
    expect(await answerKeys({ type: 'keys/list' }, other)).toBeUndefined();
    expect(await answerKeys({ type: 'keys/expand', shortcut: 'refund' }, other)).toBeUndefined();
    expect(
      await answerKeys({ type: 'keys/list' }, { id: 'ext', url: 'https://acme.zendesk.com/' }),
    ).toBeUndefined();
  });

  it('lists the shortcuts and the prefix on a site that has them on', async () => {
    expect(await answerKeys({ type: 'keys/list' }, from('https://acme.zendesk.com/agent/tickets/4'))).toEqual(
      {
        prefix: ';',
        shortcuts: ['refund'],
      },
    );
  });

  it('gives one snippet with what the page and the profile fill, or null for an unknown shortcut', async () => {
    sendMessage.mockResolvedValueOnce({
      site: 'acme.zendesk.com',
      url: 'https://acme.zendesk.com/agent/tickets/4',
      title: 'Ticket',
      customerName: 'Dana Ruiz',
      ticketId: '4',
      amounts: [],
    });
    const answer = await answerKeys(
      { type: 'keys/expand', shortcut: 'refund' },
      from('https://acme.zendesk.com/agent/tickets/4'),
    );
    expect(answer).toMatchObject({
      title: 'Refund',
      body: 'Hi {{customer.name}}, {{agent.name}} here: {{reason}}.',
      values: { 'customer.name': 'Dana', 'ticket.id': '4', 'agent.name': 'Sam' },
      locale: 'en',
    });
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'ext/get-context' }, { frameId: 0 });
    expect(
      await answerKeys({ type: 'keys/expand', shortcut: 'nope' }, from('https://acme.zendesk.com/')),
    ).toBeNull();
  });

  it('asks for everything when the page does not answer with a page context', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist'));
    const answer = await answerKeys(
      { type: 'keys/expand', shortcut: 'refund' },
      from('https://acme.zendesk.com/'),
    );
    expect(answer).toMatchObject({ values: { 'agent.name': 'Sam' } });
  });
});
