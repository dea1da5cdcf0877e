import { describe, expect, it, vi } from 'vitest';
import {
  backgroundApis,
  closeMeaningHost,
  type MeaningHostApis,
  openMeaningHost,
} from '../../../src/background/meaning-host';

/** A browser with offscreen documents; `open` is how many are open now. */
function chromeLike(options: { open?: number; failWith?: string; othersOpenOnFailure?: boolean } = {}) {
  let open = options.open ?? 0;
  const createDocument = vi.fn(
    async (_options: { url: string; reasons: string[]; justification: string }) => {
      await new Promise((done) => setTimeout(done, 5));
      if (options.failWith) {
        if (options.othersOpenOnFailure) open = 1;
        throw new Error(options.failWith);
      }
      open++;
    },
  );
  const apis: MeaningHostApis = {
    offscreen: { createDocument },
    openDocuments: async () => open,
    url: (path) => `chrome-extension://own-it/${path}`,
  };
  return { apis, createDocument, open: () => open };
}

describe('opening the meaning host', () => {
  it('says why when the background can host no page (a service worker without offscreen documents)', async () => {
    const result = await openMeaningHost({ openDocuments: async () => 0, url: (path) => path });
    expect(result).toEqual({
      ok: false,
      reason: 'this browser has no offscreen documents or background page',
    });
  });

  it('opens one document for the meaning worker, even when several panels ask at once', async () => {
    const browser = chromeLike();
    const results = await Promise.all([1, 2, 3].map(() => openMeaningHost(browser.apis)));
    // Each panel that found none open hears it was created, and asks it to catch up.
    expect(results).toEqual([
      { ok: true, created: true },
      { ok: true, created: true },
      { ok: true, created: true },
    ]);
    expect(browser.createDocument).toHaveBeenCalledTimes(1);
    expect(browser.createDocument.mock.calls[0]![0]).toMatchObject({
      url: 'src/meaning/offscreen.html',
      reasons: ['WORKERS'],
    });
    expect(browser.open()).toBe(1);
  });

  it('does not open a second one when one is open', async () => {
    const browser = chromeLike({ open: 1 });
    expect(await openMeaningHost(browser.apis)).toEqual({ ok: true, created: false });
    expect(browser.createDocument).not.toHaveBeenCalled();
  });

  it('is fine when another caller opened it first, and says why when none could be opened', async () => {
    const raced = chromeLike({
      failWith: 'Only a single offscreen document may be created.',
      othersOpenOnFailure: true,
    });
    expect(await openMeaningHost(raced.apis)).toEqual({ ok: true, created: true });
    const broken = chromeLike({ failWith: 'Offscreen document blocked by policy' });
    const result = await openMeaningHost(broken.apis);
    expect(result.ok).toBe(false);
    expect(result.reason).toMatch(/blocked by policy/);
  });
});

describe('closing the meaning host after its quiet period', () => {
  it('closes the open document, and a later request opens a new one', async () => {
    const browser = chromeLike({ open: 1 });
    let open = 1;
    const closeDocument = vi.fn(async () => {
      open = 0;
    });
    const apis: MeaningHostApis = {
      offscreen: { createDocument: async () => void open++, closeDocument },
      openDocuments: async () => open,
      url: browser.apis.url,
    };
    expect(await closeMeaningHost(apis)).toBe(true);
    expect(closeDocument).toHaveBeenCalledTimes(1);
    expect(await closeMeaningHost(apis)).toBe(false);
    expect(closeDocument).toHaveBeenCalledTimes(1);
    expect(await openMeaningHost(apis)).toEqual({ ok: true, created: true });
  });

  it('a service worker without offscreen documents has nowhere to put it: the panel hosts it', async () => {
    vi.stubGlobal('chrome', { runtime: { getURL: (path: string) => path } });
    try {
      expect(typeof document).toBe('undefined');
      expect((await openMeaningHost(backgroundApis())).ok).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('does nothing where the background can host no page', async () => {
    expect(await closeMeaningHost({ openDocuments: async () => 1, url: (path) => path })).toBe(false);
  });
});
