// Which tabs a panel follows, as the meaning host learns it from panels' closeness requests (each says
// its panel and the tab it follows). A content script's page report is embedded ahead of the panel's
// request only for such a tab: a tab no panel follows would cost a model call for a text never asked for.
import { isContentToExtension } from '../shared/messages';
import { isOwnUrl } from '../shared/sender';
import { pageMeaningText } from './page-text';

/** A panel that has asked nothing for this long is taken to be closed (a closed panel says nothing). */
export const FOLLOW_TTL_MS = 30 * 60_000;

export class FollowedTabs {
  private readonly byPanel = new Map<string, { tab: number; at: number }>();

  /** A panel asked about the page of `tab`: it follows that tab now, and no other. */
  asked(panel: string, tab: number, now: number): void {
    this.byPanel.set(panel, { tab, at: now });
  }

  follows(tab: number, now: number): boolean {
    let found = false;
    for (const [panel, entry] of this.byPanel) {
      if (now - entry.at > FOLLOW_TTL_MS) this.byPanel.delete(panel);
      else if (entry.tab === tab) found = true;
    }
    return found;
  }
}

/** A page to embed ahead: its meaning text and the customer's latest message (as the panel sends them). */
export interface PageToEmbed {
  text: string;
  message?: string;
}

/**
 * The page to embed ahead for a runtime message, or null: only a page report (checked by its guard) of
 * our content script in a tab (`ownUrl`: our pages' address; Firefox gives them a tab too) that a panel
 * follows.
 */
export function pageTextToEmbed(
  envelope: unknown,
  sender: { tab?: { id?: number }; url?: string },
  followed: FollowedTabs,
  ownUrl: string,
  now: number,
): PageToEmbed | null {
  if (!isContentToExtension(envelope)) return null;
  const tab = sender.tab?.id;
  if (tab === undefined || isOwnUrl(sender.url, ownUrl)) return null;
  if (!followed.follows(tab, now)) return null;
  const text = pageMeaningText(envelope.context);
  if (!text) return null;
  const message = envelope.context.customerMessage;
  return message ? { text, message } : { text };
}
