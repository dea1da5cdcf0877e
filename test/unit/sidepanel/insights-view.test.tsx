// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../../src/export/notes';
import type { Note } from '../../../src/shared/model';
import { Insights } from '../../../src/sidepanel/components/Insights';
import { database } from '../../../src/storage/db';

const SECTIONS = [
  'Promises kept on time',
  'Handoffs avoided',
  'Top root causes',
  'Knowledge gaps',
  'Most used articles',
];

let root: HTMLElement;

beforeEach(async () => {
  const db = database();
  await Promise.all([db.notes.clear(), db.events.clear()]);
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

function show(props: Partial<Parameters<typeof Insights>[0]> = {}) {
  const calls = { back: 0 };
  render(
    <Insights
      onBack={() => calls.back++}
      titleOf={(id) => (id === 'refund-policy' ? 'Refund policy' : undefined)}
      {...props}
    />,
    root,
  );
  return calls;
}

function section(name: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`section[aria-label="${name}"]`);
  if (!found) throw new Error(`no section "${name}"`);
  return found;
}

async function loaded(): Promise<void> {
  await vi.waitFor(
    () => expect(root.querySelector('section[aria-label="Handoffs avoided"]')).not.toBeNull(),
    {
      timeout: 5_000,
    },
  );
}

describe('Insights view', () => {
  it('shows every section with an h2 and plain-word empty states when there is no data', async () => {
    const calls = show();
    await loaded();
    for (const name of SECTIONS) expect(section(name).querySelector('h2')?.textContent).toBe(name);
    expect(section('Promises kept on time').textContent).toContain(
      'No promises came due in the last 4 weeks',
    );
    expect(section('Knowledge gaps').textContent).toContain('Every search found something');
    expect(section('Most used articles').textContent).toContain('No articles opened yet');
    expect(root.querySelector('[role="img"]')).toBeNull();
    const buttons = [...root.querySelectorAll('button')].filter((b) => b.textContent?.startsWith('Export'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Export notes as CSV', 'Export notes as JSON']);
    expect(buttons.every((b) => b.disabled)).toBe(true);
    root.querySelector<HTMLButtonElement>('button.back')?.click();
    expect(calls.back).toBe(1);
  });

  it('draws the charts and lists from the database and offers to write an article for a gap', async () => {
    const now = Date.now();
    const db = database();
    const base: Omit<Note, 'id' | 'ticketKey'> = {
      site: 'zendesk',
      url: 'https://acme.zendesk.com/agent/tickets/1',
      text: 'Called back',
      stage: 'follow-up',
      rootCause: 'shipping',
      createdAt: now - 60_000,
    };
    await db.notes.bulkAdd([
      {
        ...base,
        id: 'a',
        ticketKey: 'z#1',
        commitment: { promise: 'x', dueAt: now, status: 'done', doneAt: now - 5 },
      },
      { ...base, id: 'b', ticketKey: 'z#2', commitment: { promise: 'y', dueAt: now - 10, status: 'open' } },
    ]);
    await db.events.bulkAdd([
      { kind: 'search-empty', at: now - 1000, subject: 'Gift  Card refund' },
      { kind: 'search-empty', at: now - 500, subject: 'gift card refund ' },
      { kind: 'article-opened', at: now - 400, subject: 'refund-policy' },
      { kind: 'article-opened', at: now - 300, subject: 'gone-article' },
      { kind: 'nudge-shown', at: now - 200, subject: 'handoff' },
      { kind: 'nudge-acted', at: now - 100, subject: 'handoff' },
    ]);

    show();
    await loaded();

    const promises = section('Promises kept on time');
    expect(promises.querySelector('.insight-figure strong')?.textContent).toBe('50%');
    const chart = promises.querySelector('svg[role="img"]');
    expect(chart?.getAttribute('aria-label')).toContain('1 kept on time, 0 late, 1 overdue');
    expect([...(chart?.querySelectorAll('rect title') ?? [])].map((t) => t.textContent)).toContain(
      'this week: 1 kept on time',
    );

    expect(section('Handoffs avoided').querySelector('.insight-figure strong')?.textContent).toBe('1');
    expect(section('Top root causes').querySelector('svg[role="img"]')?.getAttribute('aria-label')).toContain(
      'shipping 2',
    );

    const gaps = section('Knowledge gaps');
    expect(gaps.textContent).toContain('“gift card refund”');
    expect(gaps.textContent).toContain('searched twice');
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    const draft = [...gaps.querySelectorAll('button')].find((b) => b.textContent === 'Copy article draft');
    draft?.click();
    await vi.waitFor(() => expect(written).toHaveLength(1));
    expect(written[0]).toContain('# Gift card refund');
    expect(written[0]).toContain('- "gift card refund"');
    expect(written[0]).toContain('```snippet');

    const titles = [...section('Most used articles').querySelectorAll('.insight-item-title')].map(
      (e) => e.textContent,
    );
    expect(titles.sort()).toEqual(['Refund policy', 'gone-article']);

    const csv = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Export notes as CSV');
    expect(csv?.disabled).toBe(false);
  });

  it('follows the database: a promise kept in another panel changes the figure without reopening', async () => {
    const now = Date.now();
    const db = database();
    const note: Note = {
      id: 'open-one',
      ticketKey: 'z#9',
      site: 'zendesk',
      url: 'https://acme.zendesk.com/agent/tickets/9',
      text: 'Will call back',
      stage: 'follow-up',
      createdAt: now - 60_000,
      commitment: { promise: 'call back', dueAt: now + 3_600_000, status: 'open' },
    };
    await db.notes.add(note);
    show();
    await loaded();
    const figure = () =>
      section('Promises kept on time').querySelector('.insight-figure strong')?.textContent;
    const before = section('Promises kept on time').textContent;

    await db.notes.update('open-one', { commitment: { ...note.commitment!, status: 'done', doneAt: now } });

    await vi.waitFor(() => expect(figure()).toBe('100%'), { timeout: 5_000 });
    expect(section('Promises kept on time').textContent).not.toBe(before);
  });

  it('says so when the database cannot be read', async () => {
    vi.spyOn(database().notes, 'toArray').mockRejectedValue(new Error('disk is full'));
    show();
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 5_000 });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'Your insights could not be loaded: disk is full',
    );
  });
});

describe('downloadFile', () => {
  it('clicks a temporary download link for a blob URL and removes it', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:ownit/1');
    const clicked: { download: string; href: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href, attached: this.isConnected });
    });
    downloadFile('ownit-notes.csv', 'text/csv;charset=utf-8', 'a,b\r\n');
    expect(clicked).toEqual([{ download: 'ownit-notes.csv', href: 'blob:ownit/1', attached: true }]);
    const blob = created.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe('a,b\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
