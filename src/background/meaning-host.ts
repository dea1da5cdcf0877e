// Opens the offscreen document that hosts the meaning worker (src/meaning/offscreen.ts), once for the
// whole browser. Browsers without offscreen documents (Firefox) get a reason instead.

const HOST_PATH = 'src/meaning/offscreen.html';

let opening: Promise<void> | null = null;

export async function openMeaningHost(): Promise<{ ok: boolean; reason?: string }> {
  if (!chrome.offscreen?.createDocument) {
    return { ok: false, reason: 'this browser has no offscreen documents' };
  }
  const url = chrome.runtime.getURL(HOST_PATH);
  const open = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    documentUrls: [url],
  });
  if (open.length === 0) {
    opening ??= chrome.offscreen
      .createDocument({
        url: HOST_PATH,
        reasons: [chrome.offscreen.Reason.WORKERS],
        justification: 'Runs the sentence encoder that matches tickets to articles by meaning.',
      })
      .finally(() => {
        opening = null;
      });
    await opening;
  }
  return { ok: true };
}
