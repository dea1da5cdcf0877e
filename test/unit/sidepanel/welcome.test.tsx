// @vitest-environment happy-dom
// The first-run welcome in both languages: three steps, the open tab's help desk offered first, the
// limits saved as edits, and done (or skipped) marked in extension storage.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatMessage, type MessageEntry, setMessageSource } from '../../../src/shared/i18n';
import type { EmpowermentRule } from '../../../src/shared/model';
import { Welcome } from '../../../src/sidepanel/components/Welcome';
import type { PageState } from '../../../src/sidepanel/page-context';
import { database } from '../../../src/storage/db';

const stored: Record<string, unknown> = {};
const created: string[] = [];
vi.mock('../../../src/shared/browser', () => ({
  default: {
    runtime: {
      id: 'test',
      sendMessage: async () => undefined,
      getManifest: () => ({ options_ui: { page: 'src/options/index.html' } }),
      getURL: (path: string) => `chrome-extension://test/${path}`,
    },
    storage: {
      local: {
        get: async (key: string) => ({ [key]: stored[key] }),
        set: async (values: Record<string, unknown>) => Object.assign(stored, values),
      },
    },
    tabs: { create: async ({ url }: { url: string }) => created.push(url) },
  },
}));

function speak(locale: 'en' | 'es'): void {
  const messages = JSON.parse(
    readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, MessageEntry>;
  setMessageSource((key, substitutions) => formatMessage(messages[key], substitutions));
}

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 10));
};

const zendeskTab: PageState = {
  status: 'ready',
  tabId: 3,
  context: {
    site: 'acme.zendesk.com',
    url: 'https://acme.zendesk.com/agent/tickets/9',
    title: 'T',
    amounts: [],
  },
};

beforeAll(async () => {
  const rules = JSON.parse(readFileSync(join(process.cwd(), 'src/storage/starter-pack.json'), 'utf8'))
    .rules as EmpowermentRule[];
  await database().rules.bulkPut(
    rules.map((rule) => ({ ...rule, version: 1, updatedAt: 0, source: 'starter' as const })),
  );
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  for (const key of Object.keys(stored)) delete stored[key];
  created.length = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
  speak('en');
});

const heading = () => root.querySelector('h1')?.textContent;
const submit = () => (root.querySelector('form') as HTMLFormElement).requestSubmit();
const button = (name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name) as HTMLButtonElement;

describe('the welcome', () => {
  it('walks three steps in Spanish, offering the open tab’s help desk first', async () => {
    speak('es');
    const done = vi.fn();
    render(<Welcome page={zendeskTab} onDone={done} />, root);
    await settle();
    expect(heading()).toBe('Le damos la bienvenida a Own It');
    expect(root.textContent).toContain('Bienvenida · paso 1 de 3');
    expect(document.activeElement?.id).toBe('welcome-heading');
    submit();
    await settle();
    expect(heading()).toBe('Lo que puede aprobar usted');
    expect(root.querySelector('label[for="limit-refund-per-order"]')?.textContent).toBe('Refund on an order');
    submit();
    await settle();
    expect(heading()).toBe('¿Dónde está el conocimiento de su equipo?');
    const offered = [...root.querySelectorAll('.welcome-choices button')].map((b) => b.textContent);
    expect(offered).toEqual([
      'Conectar Zendesk Guide',
      'Conectar un centro de ayuda',
      'Importar un archivo',
      'Suscribirse a un paquete del equipo',
      'Quedarse con el paquete inicial',
    ]);
    button('Conectar Zendesk Guide').click();
    await settle();
    expect(created).toEqual(['chrome-extension://test/src/options/index.html#helpcenters/zendesk']);
    expect(stored.welcome).toBe('done');
    expect(done).toHaveBeenCalledOnce();
  });

  it('saves a changed limit as an edit and refuses one that is not a number', async () => {
    render(<Welcome page={{ status: 'loading' }} onDone={() => undefined} />, root);
    await settle();
    submit();
    await settle();
    const refund = root.querySelector('#limit-refund-per-order') as HTMLInputElement;
    refund.value = '-5';
    refund.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      'Enter a number of 0 or more for “Refund on an order”.',
    );
    expect(document.activeElement).toBe(refund);
    refund.value = '120';
    refund.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    submit();
    await settle();
    expect(await database().rules.get('refund-per-order')).toMatchObject({
      limit: { amount: 120, currency: 'USD' },
      editedLocally: true,
      version: 2,
    });
    expect(await database().rules.get('discount-per-order')).toMatchObject({ version: 1 });
    expect(button('Keep the starter pack').className).toBe('primary');
  });

  it('is skipped from the first step, marking it done', async () => {
    const done = vi.fn();
    render(<Welcome page={{ status: 'loading' }} onDone={done} />, root);
    await settle();
    button('Skip the welcome').click();
    await settle();
    expect(stored.welcome).toBe('done');
    expect(done).toHaveBeenCalledOnce();
  });
});
