// @vitest-environment happy-dom
// The panel in another language (Spanish), and text written by agents and customers shown in its own
// direction (dir="auto"), so Arabic or Hebrew reads right to left inside the left-to-right panel.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyse, type NudgeRule } from '../../../src/nudges/index';
import { formatMessage, type MessageEntry, setMessageSource } from '../../../src/shared/i18n';
import type { Note, PageContext, Playbook } from '../../../src/shared/model';
import { Commitments } from '../../../src/sidepanel/components/Commitments';
import { Nudges } from '../../../src/sidepanel/components/Nudges';
import { PlaybookView } from '../../../src/sidepanel/components/PlaybookView';

// The panel's components talk to the browser through src/shared/browser.ts, which finds no extension API outside a browser.
vi.mock('../../../src/shared/browser', () => ({
  default: { runtime: { id: 'test', sendMessage: async () => undefined }, tabs: {}, windows: {} },
}));

function speak(locale: 'en' | 'es'): void {
  const messages = JSON.parse(
    readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8'),
  ) as Record<string, MessageEntry>;
  setMessageSource((key, substitutions) => formatMessage(messages[key], substitutions));
}

// (happy-dom's URL does not read file: URLs, so paths start at the repository root.)
const starterRules: NudgeRule[] = JSON.parse(
  readFileSync(join(process.cwd(), 'src/storage/starter-pack.json'), 'utf8'),
).rules;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

const ARABIC_PROMISE = 'سأتصل بك غدًا بخصوص الاسترداد';

const context: PageContext = {
  url: 'https://desk.example.com/tickets/4821',
  site: 'desk.example.com',
  title: 'Refund request',
  ticketId: '4821',
  customerMessage: 'Can I get a refund of $45?',
  draft: "Let me transfer you to billing. We can't refund that.",
  amounts: [],
};

const found = () => analyse({ text: context.customerMessage, draft: context.draft }, starterRules);

let root: HTMLElement;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  speak('en');
});

describe('the panel in Spanish', () => {
  it('words the nudges in Spanish, engine messages included, without repeating the heading', async () => {
    speak('es');
    const nudges = found();
    render(<Nudges nudges={nudges} context={context} tabId={1} />, root);
    // The cards show once the ticket's muted nudges are read from the database (slow on a busy machine).
    await vi.waitFor(() => expect(root.querySelectorAll('article').length).toBeGreaterThan(0), {
      timeout: 5_000,
    });
    const cards = [...root.querySelectorAll('article')];
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      'Puedes aprobarlo tú',
      'Quédate con el cliente',
      'Di lo que sí puedes hacer',
    ]);
    const within = cards[0]?.querySelector('p')?.textContent ?? '';
    expect(within.startsWith('Reembolsos de hasta $100 por pedido (aquí: $45).')).toBe(true);
    expect(cards[1]?.querySelector('p')?.textContent).toContain('en lugar de enviarlo a billing');
    expect(root.querySelector('summary')?.textContent).toBe('Por qué: Con autonomía para decir que sí');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Usar esta redacción');
    expect(root.textContent).not.toMatch(/Yours to approve|Dismiss for this ticket|Why:/);
  });

  it('labels due times in Spanish', async () => {
    speak('es');
    const { formatDue } = await import('../../../src/nudges/commitments/due-time');
    const now = Date.parse('2026-11-25T15:00:00Z');
    const options = { now, timeZone: 'UTC', hour12: false };
    expect(formatDue(now + 3_600_000, options)).toBe('hoy 16:00');
    expect(formatDue(now + 24 * 3_600_000, options)).toBe('mañana 15:00');
  });
});

describe('counts', () => {
  const playbook = (steps: number): Playbook => ({
    id: 'p1',
    title: 'Late delivery',
    summary: '',
    triggers: [],
    tags: [],
    steps: Array.from({ length: steps }, (_, i) => ({ stage: 'resolve' as const, text: `Step ${i + 1}` })),
    updatedAt: 0,
    version: 1,
    source: 'local',
  });

  it.each([
    ['en', 1, '0 of 1 step done'],
    ['en', 3, '0 of 3 steps done'],
    ['es', 1, '0 de 1 paso hecho'],
    ['es', 3, '0 de 3 pasos hechos'],
  ] as const)('%s: a playbook of %i', async (locale, steps, expected) => {
    speak(locale);
    render(
      <PlaybookView
        playbook={playbook(steps)}
        page={{ status: 'loading' }}
        onBack={() => undefined}
        onCommit={() => undefined}
      />,
      root,
    );
    await vi.waitFor(() => expect(root.querySelector('.meta')?.textContent).toContain(expected), {
      timeout: 5_000,
    });
  });
});

describe('right-to-left text written by people', () => {
  it('shows a commitment in its own direction', async () => {
    const note: Note = {
      id: 'n1',
      ticketKey: 'desk.example.com:4821',
      site: 'desk.example.com',
      url: context.url,
      text: ARABIC_PROMISE,
      stage: 'follow-up',
      createdAt: Date.now(),
      customer: 'ليلى',
      commitment: { promise: ARABIC_PROMISE, dueAt: Date.now() + 3_600_000, status: 'open' },
    };
    render(<Commitments rows={[note]} />, root);
    await settle();
    const promise = [...root.querySelectorAll('span')].find((span) => span.textContent === ARABIC_PROMISE);
    expect(promise?.getAttribute('dir')).toBe('auto');
    const ticket = [...root.querySelectorAll('span')].find((span) => span.textContent?.includes('ليلى'));
    expect(ticket?.getAttribute('dir')).toBe('auto');
  });

  it('shows a suggested rewrite in its own direction', async () => {
    const nudges = found();
    render(<Nudges nudges={nudges} context={context} tabId={1} />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('blockquote').length).toBeGreaterThan(0), {
      timeout: 5_000,
    });
    const rewrites = [...root.querySelectorAll('blockquote')];
    expect(rewrites.length).toBeGreaterThan(0);
    for (const quote of rewrites) expect(quote.getAttribute('dir')).toBe('auto');
  });
});
