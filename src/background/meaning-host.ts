// Opens the offscreen document that hosts the meaning worker (src/meaning/offscreen.ts), once for the
// whole browser. Browsers without offscreen documents (Firefox) get a reason instead.

const HOST_PATH = 'src/meaning/offscreen.html';

/** What this needs of `chrome.*`, so tests can stand in for the browser. */
export interface MeaningHostApis {
  offscreen?: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument?(): Promise<void>;
  };
  /** How many offscreen documents showing `url` are open. */
  openDocuments(url: string): Promise<number>;
  url(path: string): string;
}

function chromeApis(): MeaningHostApis {
  // Typed as always there; Firefox has no chrome.offscreen at all.
  const offscreen = (chrome as { offscreen?: typeof chrome.offscreen }).offscreen;
  return {
    offscreen: offscreen && {
      createDocument: (options) =>
        offscreen.createDocument({ ...options, reasons: options.reasons as chrome.offscreen.Reason[] }),
      closeDocument: () => offscreen.closeDocument(),
    },
    openDocuments: async (url) =>
      (
        await chrome.runtime.getContexts({
          contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
          documentUrls: [url],
        })
      ).length,
    url: (path) => chrome.runtime.getURL(path),
  };
}

let opening: Promise<void> | null = null;

export async function openMeaningHost(
  apis: MeaningHostApis = chromeApis(),
): Promise<{ ok: boolean; created?: boolean; reason?: string }> {
  const offscreen = apis.offscreen;
  if (!offscreen) return { ok: false, reason: 'this browser has no offscreen documents' };
  const url = apis.url(HOST_PATH);
  if ((await apis.openDocuments(url)) > 0) return { ok: true, created: false };
  opening ??= offscreen
    .createDocument({
      url: HOST_PATH,
      reasons: ['WORKERS'],
      justification: 'Runs the sentence encoder that matches tickets to articles by meaning.',
    })
    .finally(() => {
      opening = null;
    });
  try {
    await opening;
  } catch (error) {
    // Another call (a worker that restarted meanwhile) may have opened it first: only one may exist.
    if ((await apis.openDocuments(url)) === 0) return { ok: false, reason: String(error) };
  }
  // Every caller that found none open hears "created": each of their panels then asks it to catch up.
  return { ok: true, created: true };
}

/**
 * Closes the meaning host (asked by the host itself after its quiet period): the model and the vectors
 * leave memory; a panel's next request opens it again. Returns whether one was closed.
 */
export async function closeMeaningHost(apis: MeaningHostApis = chromeApis()): Promise<boolean> {
  const close = apis.offscreen?.closeDocument;
  if (!close || opening || (await apis.openDocuments(apis.url(HOST_PATH))) === 0) return false;
  await close();
  return true;
}
