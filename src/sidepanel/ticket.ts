import { t, uiLanguage } from '../shared/i18n';
import type { PageContext } from '../shared/model';
import { fieldsOf, fillFields, pageValues } from '../shared/snippet-fields';

/** Groups notes by ticket: site + ticket id when the page shows one, otherwise site + path. */
export function ticketKeyOf(context: Pick<PageContext, 'site' | 'ticketId' | 'url'>): string {
  if (context.ticketId) return `${context.site}#${context.ticketId}`;
  try {
    const url = new URL(context.url);
    return `${context.site}${url.pathname}`;
  } catch {
    return `${context.site}${context.url}`;
  }
}

/** Fills the fields a page can answer; unknown ones stay visible for the agent to complete. */
export function fillSnippet(snippet: string, context: PageContext | undefined, agentName: string): string {
  return fillFields(snippet, pageValues(context, agentName), uiLanguage());
}

/** The names of the {{fields}} in a snippet, each once, in order. */
export function snippetFields(snippet: string): string[] {
  return fieldsOf(snippet).map((field) => field.name);
}

/** How long ago, in the agent's language: "just now", "5 min ago", "3 h ago", then the day ("Mar 12"). */
export function formatWhen(ms: number, now = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return t('panelWhenJustNow');
  if (minutes < 60) return t('panelWhenMinutes', minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('panelWhenHours', hours);
  return new Date(ms).toLocaleDateString(uiLanguage(), { month: 'short', day: 'numeric' });
}
