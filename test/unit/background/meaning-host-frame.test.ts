// @vitest-environment jsdom
// Firefox's background page holds the meaning host in a frame of its own: one for the browser, however
// many sidebars ask, opened again on demand after it was closed (idle close) or the page was unloaded.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  backgroundApis,
  closeMeaningHost,
  frameApis,
  openMeaningHost,
} from '../../../src/background/meaning-host';

const BASE = 'moz-extension://own-it/';
const HOST = `${BASE}src/meaning/offscreen.html`;
const url = (path: string) => `${BASE}${path}`;

/** The host frames in the page, and a way to finish loading them as the browser would. */
const hostFrames = () => [...document.querySelectorAll('iframe')];
const finishLoading = () => {
  for (const frame of hostFrames()) frame.dispatchEvent(new Event('load'));
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('the meaning host in a frame of the background page (Firefox)', () => {
  it('opens one frame however many panels ask at once, each of which hears it was created', async () => {
    const apis = frameApis(document, url);
    const asked = Promise.all([1, 2, 3].map(() => openMeaningHost(apis)));
    // The frame is there, showing the host page, but not yet loaded: nobody has been answered.
    await new Promise((done) => setTimeout(done, 10));
    expect(hostFrames().map((frame) => frame.src)).toEqual([HOST]);
    finishLoading();
    expect(await asked).toEqual([
      { ok: true, created: true },
      { ok: true, created: true },
      { ok: true, created: true },
    ]);
    // A later panel finds it open.
    expect(await openMeaningHost(apis)).toEqual({ ok: true, created: false });
    expect(hostFrames()).toHaveLength(1);
  });

  it('a panel that asks while the frame loads waits for it instead of talking to a page not listening yet', async () => {
    const apis = frameApis(document, url);
    const first = openMeaningHost(apis);
    await new Promise((done) => setTimeout(done, 10));
    let secondAnswered = false;
    const second = openMeaningHost(apis).then((result) => {
      secondAnswered = true;
      return result;
    });
    await new Promise((done) => setTimeout(done, 10));
    expect(secondAnswered).toBe(false);
    finishLoading();
    expect(await first).toEqual({ ok: true, created: true });
    expect(await second).toEqual({ ok: true, created: true });
    expect(hostFrames()).toHaveLength(1);
  });

  it('closing removes the frame (its worker and model with it); the next request opens a new one', async () => {
    const apis = frameApis(document, url);
    const opened = openMeaningHost(apis);
    await new Promise((done) => setTimeout(done, 10));
    finishLoading();
    await opened;
    const before = hostFrames()[0];
    expect(await closeMeaningHost(apis)).toBe(true);
    expect(hostFrames()).toHaveLength(0);
    expect(await closeMeaningHost(apis)).toBe(false);
    const reopened = openMeaningHost(apis);
    await new Promise((done) => setTimeout(done, 10));
    finishLoading();
    expect(await reopened).toEqual({ ok: true, created: true });
    expect(hostFrames()).toHaveLength(1);
    expect(hostFrames()[0]).not.toBe(before);
  });

  it('a frame that never loads is taken away and the panel hears why (it then hosts the page itself)', async () => {
    const apis = frameApis(document, url, 50);
    const result = await openMeaningHost(apis);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/did not load/);
    expect(hostFrames()).toHaveLength(0);
  });
});

describe('where the background puts the meaning host', () => {
  it('in a frame of its own page when the browser has no offscreen documents but a background page (Firefox)', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL: url } });
    const asked = openMeaningHost(backgroundApis());
    await new Promise((done) => setTimeout(done, 10));
    expect(hostFrames().map((frame) => frame.src)).toEqual([HOST]);
    finishLoading();
    expect(await asked).toEqual({ ok: true, created: true });
  });

  it('in an offscreen document when the browser has them (Chrome, Edge), never in a frame', async () => {
    const createDocument = vi.fn(async () => undefined);
    vi.stubGlobal('chrome', {
      offscreen: { createDocument, closeDocument: vi.fn() },
      runtime: {
        getURL: url,
        getContexts: async () => [],
        ContextType: { OFFSCREEN_DOCUMENT: 'OFFSCREEN_DOCUMENT' },
      },
    });
    expect(await openMeaningHost(backgroundApis())).toEqual({ ok: true, created: true });
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(hostFrames()).toHaveLength(0);
  });
});
