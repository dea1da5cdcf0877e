// @vitest-environment happy-dom
// The suggestions wait (NUDGE_WAIT_MS at most) for a page's nudges before they show. The wait is per page:
// when the panel follows another ticket whose nudges are not known yet, its suggestions wait again instead
// of showing at once because the first page's wait ran out.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '../../../src/shared/model';
import { Home, NUDGE_WAIT_MS } from '../../../src/sidepanel/components/Home';
import type { KnowledgeState } from '../../../src/sidepanel/knowledge';
import type { PageState } from '../../../src/sidepanel/page-context';

const holds: boolean[] = [];

vi.mock('../../../src/sidepanel/components/Suggestions', () => ({
  Suggestions: ({ hold }: { hold?: boolean }) => {
    holds.push(Boolean(hold));
    return null;
  },
}));
vi.mock('../../../src/sidepanel/components/MyCases', () => ({ MyCases: () => null }));
vi.mock('../../../src/sidepanel/components/Nudges', () => ({ Nudges: () => null }));
vi.mock('../../../src/sidepanel/meaning', () => ({ meaningBusy: () => undefined }));

function ticket(ticketId: string): PageState {
  const context: PageContext = {
    site: 'zendesk',
    url: `https://example.zendesk.com/agent/tickets/${ticketId}`,
    title: `Ticket ${ticketId}`,
    ticketId,
    customerMessage: 'I was charged twice for my order.',
    amounts: [],
  };
  return { status: 'ready', tabId: 7, context };
}

const knowledge = {
  status: 'ready',
  kb: { index: { search: () => [], tagCounts: () => [], didYouMean: () => null } },
} as unknown as KnowledgeState;

let root: HTMLElement;

function show(page: PageState, nudgesSettled: boolean) {
  render(
    <Home
      page={page}
      knowledge={knowledge}
      nudges={[]}
      nudgesSettled={nudgesSettled}
      query=""
      onQuery={() => undefined}
      tag=""
      onTag={() => undefined}
      searchRef={{ current: null }}
      onOpen={() => undefined}
    />,
    root,
  );
}

/** Lets Preact run its effects and renders after the timers moved. */
async function settle() {
  await vi.advanceTimersByTimeAsync(20);
}

beforeEach(() => {
  vi.useFakeTimers();
  holds.length = 0;
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  render(null, root);
  // Preact's effects wait for a frame: let that run under the fake clock before it goes.
  await vi.runOnlyPendingTimersAsync();
  root.remove();
  vi.useRealTimers();
});

describe('the suggestions waiting for the page nudges', () => {
  it('holds them on a page until its nudges are known, at most NUDGE_WAIT_MS', async () => {
    show(ticket('101'), false);
    await settle();
    expect(holds.at(-1)).toBe(true);
    await vi.advanceTimersByTimeAsync(NUDGE_WAIT_MS);
    expect(holds.at(-1)).toBe(false);
  });

  it('holds them again on the next ticket the panel follows', async () => {
    show(ticket('101'), false);
    await settle();
    await vi.advanceTimersByTimeAsync(NUDGE_WAIT_MS);
    expect(holds.at(-1)).toBe(false);
    show(ticket('102'), false);
    await settle();
    expect(holds.at(-1)).toBe(true);
    await vi.advanceTimersByTimeAsync(NUDGE_WAIT_MS);
    expect(holds.at(-1)).toBe(false);
  });

  it('does not hold them once the nudges are known', async () => {
    show(ticket('101'), true);
    await settle();
    expect(holds.at(-1)).toBe(false);
  });
});
