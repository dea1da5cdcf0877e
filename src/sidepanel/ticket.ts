import type { PageContext } from '../shared/model';

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

/** Fills the variables a page can answer; unknown ones stay visible for the agent to complete. */
export function fillSnippet(snippet: string, context: PageContext | undefined, agentName: string): string {
  const known: Record<string, string | undefined> = {
    'customer.name': context?.customerName?.split(/\s+/)[0],
    'customer.fullname': context?.customerName,
    'ticket.id': context?.ticketId,
    'agent.name': agentName || undefined,
  };
  return snippet.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) => known[name] ?? whole);
}

/** The {{fields}} still unfilled in a snippet, each once, in order. */
export function snippetFields(snippet: string): string[] {
  return [...new Set([...snippet.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string))];
}

export function formatWhen(ms: number, now = Date.now()): string {
  const minutes = Math.round((now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  return new Date(ms).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}
