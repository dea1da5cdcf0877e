// Opens the page that hosts the meaning worker (src/meaning/offscreen.html), once for the whole browser:
// in Chrome and Edge an offscreen document; in Firefox, which has none, a frame of the background page
// (an event page is a document, so it can hold one). A background without either (a service worker
// without the offscreen API) gets a reason instead, and the panel hosts the page itself.

const HOST_PATH = 'src/meaning/offscreen.html';
/** The host page registers its listener before its load event; one that has not loaded by then failed. */
const FRAME_LOAD_TIMEOUT_MS = 15_000;

/** What this needs of `chrome.*` (or of the background page), so tests can stand in for the browser. */
export interface MeaningHostApis {
  offscreen?: {
    createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument?(): Promise<void>;
  };
  /** How many host pages showing `url` are open. */
  openDocuments(url: string): Promise<number>;
  url(path: string): string;
}

function offscreenApis(offscreen: typeof chrome.offscreen): MeaningHostApis {
  return {
    offscreen: {
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

/**
 * The host page in a frame of `page` (Firefox's background page). A frame counts as open once it has
 * loaded, so a request that arrives while it loads waits for it like one that found none. Closing removes
 * the frame, which ends its worker: the model and the vectors leave memory. When the browser unloads the
 * idle event page, the frame goes with it; the next panel request wakes the page and opens a new one.
 */
export function frameApis(
  page: Document,
  url: (path: string) => string,
  loadTimeoutMs = FRAME_LOAD_TIMEOUT_MS,
): MeaningHostApis {
  const frames = () => [...page.querySelectorAll<HTMLIFrameElement>('iframe[data-meaning-host]')];
  return {
    offscreen: {
      createDocument: (options) =>
        new Promise<void>((resolve, reject) => {
          const frame = page.createElement('iframe');
          frame.dataset.meaningHost = 'loading';
          const timer = setTimeout(() => {
            frame.remove();
            reject(new Error('the meaning host page did not load'));
          }, loadTimeoutMs);
          frame.addEventListener(
            'load',
            () => {
              clearTimeout(timer);
              frame.dataset.meaningHost = 'open';
              resolve();
            },
            { once: true },
          );
          frame.src = url(options.url);
          page.body.append(frame);
        }),
      closeDocument: async () => {
        for (const frame of frames()) frame.remove();
      },
    },
    openDocuments: async (wanted) =>
      frames().filter((frame) => frame.dataset.meaningHost === 'open' && frame.src === wanted).length,
    url,
  };
}

/** What this background can host the page in: an offscreen document, else a frame of its own page. */
export function backgroundApis(): MeaningHostApis {
  // Typed as always there; Firefox has no chrome.offscreen at all.
  const offscreen = (chrome as { offscreen?: typeof chrome.offscreen }).offscreen;
  if (offscreen) return offscreenApis(offscreen);
  const url = (path: string) => chrome.runtime.getURL(path);
  // A service worker has no document (and no frames); Firefox's event page has one.
  if (typeof document !== 'undefined' && document.body) return frameApis(document, url);
  return { openDocuments: async () => 0, url };
}

let opening: Promise<void> | null = null;

export async function openMeaningHost(
  apis: MeaningHostApis = backgroundApis(),
): Promise<{ ok: boolean; created?: boolean; reason?: string }> {
  const offscreen = apis.offscreen;
  if (!offscreen) return { ok: false, reason: 'this browser has no offscreen documents or background page' };
  const url = apis.url(HOST_PATH);
  if (!opening && (await apis.openDocuments(url)) > 0) return { ok: true, created: false };
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
export async function closeMeaningHost(apis: MeaningHostApis = backgroundApis()): Promise<boolean> {
  const close = apis.offscreen?.closeDocument;
  if (!close || opening || (await apis.openDocuments(apis.url(HOST_PATH))) === 0) return false;
  await close();
  return true;
}
