// One meaning host for the whole Firefox: the background page (an event page) holds the host page in a
// frame, so two sidebars share one model instead of each loading its own in a hidden frame. When Firefox
// unloads the idle background page, the model goes with it, and the next ticket a panel asks about starts
// it again. The background page's idle time is set to Firefox's default (30 s), so that the unload
// happens within the test whatever the installed Firefox's own setting.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { listTexts } from './dom';
import { firefoxSession } from './session';

/** Firefox unloads the background page after this long without an extension event. */
const BACKGROUND_IDLE_MS = 30_000;

const session = firefoxSession({ prefs: { 'extensions.background.idle.timeout': BACKGROUND_IDLE_MS } });
const { clue } = session;

interface HostAnswer {
  host: string | undefined;
  state: string;
  requests: number;
}

/**
 * What the meaning hosts said within `ms` of a hello sent from `page` (each host answers every page at
 * once; a host may say its status more than once meanwhile), with what each embedded for panels' requests.
 */
function hostsAnswering(page: Page, ms = 3_000): Promise<HostAnswer[]> {
  return page.evaluate(async (wait: number) => {
    const api = (globalThis as unknown as { browser: typeof chrome }).browser;
    const answers: HostAnswer[] = [];
    const listener = (envelope: { channel?: string; message?: { type?: string; status?: never } }) => {
      const status = envelope?.message?.status as
        | { state: string; host?: string; counts?: { requests: number } }
        | undefined;
      if (envelope?.channel === 'ownit-meaning-out' && envelope.message?.type === 'status' && status)
        answers.push({ host: status.host, state: status.state, requests: status.counts?.requests ?? 0 });
    };
    api.runtime.onMessage.addListener(listener);
    await api.runtime.sendMessage({ channel: 'ownit-meaning-in', message: { type: 'hello' } }).catch(() => 0);
    await new Promise((done) => setTimeout(done, wait));
    api.runtime.onMessage.removeListener(listener);
    return answers;
  }, ms);
}

const SUGGESTED = 'section[aria-label="Suggested for this page"]';

/** The different hosts among the answers. */
const hostsOf = (answers: HostAnswer[]) => [...new Set(answers.map((answer) => answer.host))];

/** Waits until the panel's suggestions use meaning and show the warranty articles (no shared word). */
async function warrantySuggested(panel: Page, timeout = 150_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const state = await panel.evaluate(
          (s: string) => document.querySelector(s)?.getAttribute('data-meaning'),
          SUGGESTED,
        );
        return `${state ?? 'none'}: ${(await listTexts(panel, `${SUGGESTED} li`)).join(' | ')}`;
      },
      { timeout, interval: 500, message: clue() },
    )
    .toMatch(/^ready.*(Warranty claim|Product fault and warranty)/s);
}

const openKettle = () => session.openTicket('freshdesk-kettle.html');

describe('one meaning host for the whole Firefox', () => {
  let first: { tab: Page; panel: Page };
  let second: { tab: Page; panel: Page };
  let firstHost: string | undefined;

  it('two panels get suggestions by meaning from one model, hosted by the background page', async () => {
    first = await openKettle();
    second = await openKettle();
    await warrantySuggested(first.panel);
    await warrantySuggested(second.panel);
    // Neither panel hosts a model of its own.
    for (const { panel } of [first, second])
      expect(await panel.evaluate(() => document.querySelectorAll('iframe').length)).toBe(0);
    // One host answers, and it embedded both panels' ticket texts.
    const answers = await hostsAnswering(first.panel);
    console.log('hosts answering two panels:', JSON.stringify(answers));
    expect(hostsOf(answers)).toHaveLength(1);
    firstHost = answers[0]?.host;
    expect(firstHost).toMatch(/^[0-9a-f-]{36}$/);
    const last = answers.at(-1);
    expect(last?.state).toBe('ready');
    expect(last?.requests).toBeGreaterThanOrEqual(2);
  }, 240_000);

  it('after Firefox unloads the idle background page (and the model), the next ticket starts it again', async () => {
    // Nothing asks for a while: the background page goes, its frame and the model with it.
    await new Promise((done) => setTimeout(done, BACKGROUND_IDLE_MS + 5_000));
    await expect
      .poll(async () => hostsOf(await hostsAnswering(first.panel, 1_500)).length, {
        timeout: 60_000,
        interval: BACKGROUND_IDLE_MS / 2,
        message: 'the meaning host is still there after the background page was idle',
      })
      .toBe(0);
    // The agent moves to another ticket: the panel finds no host, has one started, and gets that ticket's
    // closeness from it (an answer measured after the unload), then the kettle's warranty articles again.
    const since = await first.panel.evaluate(() => performance.now());
    const answeredSince = () =>
      first.panel.evaluate(
        (t: number) =>
          performance.getEntriesByName('ownit:meaning-closeness').filter((entry) => entry.startTime > t)
            .length,
        since,
      );
    await first.tab.bringToFront();
    const asked = performance.now();
    await first.tab.goto(session.server.url('freshdesk-ticket.html'));
    await expect.poll(answeredSince, { timeout: 120_000, message: clue() }).toBeGreaterThan(0);
    console.log(
      `host started again and answered ${Math.round(performance.now() - asked)} ms after the ticket changed`,
    );
    const answered = await answeredSince();
    await first.tab.goto(session.server.url('freshdesk-kettle.html'));
    await expect.poll(answeredSince, { timeout: 60_000, message: clue() }).toBeGreaterThan(answered);
    await warrantySuggested(first.panel, 60_000);
    const answers = await hostsAnswering(second.panel);
    console.log('hosts answering after the restart:', JSON.stringify(answers));
    expect(hostsOf(answers)).toHaveLength(1);
    expect(answers[0]?.host).not.toBe(firstHost);
    expect(answers.at(-1)?.requests).toBeGreaterThanOrEqual(2);
    for (const { panel, tab } of [first, second]) {
      await panel.close();
      await tab.close();
    }
  }, 240_000);
});
