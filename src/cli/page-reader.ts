// A saved helpdesk page read the way the content script reads the live one: the same adapters and
// generic reader (src/content), run on a DOM built in Node (happy-dom, scripts never run, nothing is
// fetched). So `ownit suggest` on a saved ticket suggests from what an agent's panel would see.
import { Window } from 'happy-dom';
import { readPageContext } from '../content/adapters/index';
import { pageMeaningText } from '../meaning/page-text';
import { queryFromPage } from '../search';
import type { PageContext } from '../shared/model';

/** Where a page without a `url` is taken to be (no helpdesk's address: the generic reader reads it). */
export const SAVED_PAGE_URL = 'https://saved-page.invalid/';

export interface ReadPage {
  context: PageContext;
  /** The words-only suggestion query, as the panel builds it. */
  query: string;
  /** The sentence read for meaning, as the panel sends it to the meaning host. */
  meaningText: string;
}

export function readSavedPage(html: string, url: string = SAVED_PAGE_URL): ReadPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    const document = window.document as unknown as Document;
    // As a browser parses a saved file: the whole document, head (styles) included.
    document.write(html);
    const context = readPageContext(document, new URL(url));
    return { context, query: queryFromPage(context), meaningText: pageMeaningText(context) };
  } finally {
    void window.happyDOM.close();
  }
}
