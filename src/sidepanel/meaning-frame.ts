// Where the background can host no meaning host (a service worker without offscreen documents; Firefox's
// background page hosts it, src/background/meaning-host.ts), the panel hosts the meaning worker itself:
// the same host page (src/meaning/offscreen.html) in a hidden frame, which talks to the panel by the same
// runtime messages. Part of the meaning client, which loads after the panel's first paint.

const HOST_PAGE = '/src/meaning/offscreen.html';
/** The host says its status as soon as its worker starts; a frame that says nothing by then failed. */
const START_TIMEOUT_MS = 15_000;

let frame: Promise<boolean> | null = null;

/**
 * Opens the host in a hidden frame of this panel (once); resolves true when it answered. `answered` is
 * called with a function to call when the first message from the host arrives.
 */
export function openFrameHost(answered: (done: () => void) => void): Promise<boolean> {
  frame ??= new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), START_TIMEOUT_MS);
    answered(() => {
      clearTimeout(timer);
      resolve(true);
    });
    const element = document.createElement('iframe');
    element.src = HOST_PAGE;
    element.hidden = true;
    element.setAttribute('aria-hidden', 'true');
    element.tabIndex = -1;
    document.body.append(element);
  });
  return frame;
}
